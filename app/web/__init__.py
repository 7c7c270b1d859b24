"""The web app: the gradio page (page.py), its callbacks (actions.py), HTML rendering (render.py; the
review tab's in review_html.py), the words it shows (texts.py), download folders, logins (auth.py) and
`static/`. May import the service and below; never the cli.
"""
