#include "sandbox/sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandboxHttp, "civis.sandbox.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxDb, "civis.sandbox.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxSeed, "civis.sandbox.seed", QtInfoMsg)
