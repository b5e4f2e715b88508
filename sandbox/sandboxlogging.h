#pragma once

#include <QtCore/QLoggingCategory>

// One category per area of the sandbox; API keys never reach any of them.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxDb)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxSeed)
