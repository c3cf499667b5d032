from api_client.native import NativeBackend


def test_whoami(client: NativeBackend) -> None:
    assert client.whoami().role == "supervisor"
