"""The handler of every operation of openapi.yaml, one module per resource.

Each handler is an async function of a ``Call`` registered with ``@handles(operationId)``
(``registry.py``); ``registry.load_handlers`` imports every module of this package. The
route, the credentials, the parameters, the body and the faults are the gate's work
(``gate.py``), from the spec: a handler does only what its operation does.
"""
