"""Unit names: the registry, their forms and lists, and the places, bodies and issuers that place them."""
