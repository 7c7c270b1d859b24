"""Answers: a question's shape (intent), its topic terms (matching), hybrid retrieval, extractive and LLM
answers, list answers from the catalogue, document facts and section answers. May import the index, the
catalogue, documents and the foundation; never review, service, web or cli.
"""
