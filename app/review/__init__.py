"""Draft review: a pasted draft checked against the catalogue's requirements for its district. May import
the index, the catalogue, documents and the foundation; never answers, service, web or cli.
"""
