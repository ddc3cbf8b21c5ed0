"""What deployment relies on: the proxy settings, and the files that start the services."""


def test_behind_one_proxy_the_client_address_and_scheme_come_from_it(make_app):
    app = make_app(PROXY_HOPS=1)

    @app.get("/whoami")
    def whoami():
        from flask import request

        return {"addr": request.remote_addr, "scheme": request.scheme}

    headers = {"X-Forwarded-For": "198.51.100.1, 203.0.113.9", "X-Forwarded-Proto": "https"}
    seen = app.test_client().get("/whoami", headers=headers).get_json()
    assert seen == {"addr": "203.0.113.9", "scheme": "https"}  # one hop: the proxy's own entry
    direct = make_app().test_client()
    direct.application.add_url_rule("/whoami", view_func=whoami)
    assert direct.get("/whoami", headers=headers).get_json()["addr"] == "127.0.0.1"
