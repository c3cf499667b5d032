"""The native API's server side, shared by the simulator and the hub: the HTTP surface in front of any
:class:`~apiserver.http.backend.Centre` and :class:`~apiserver.http.backend.QaStore`, and the problem answers."""
