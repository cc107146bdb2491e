"""Tables, migrations and queries: everything that knows the database and nothing of HTML."""
