"""References stage: reference-list entries → works, citation links, provenance, search and
export. Imports only the base layer."""
