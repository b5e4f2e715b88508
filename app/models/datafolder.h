#pragma once

#include <QtCore/QString>

namespace Models {

/// The folder the application keeps its data in: the sandbox databases and the activity logs
/// (~/.local/share/civis-groups-admin on Linux). It is named by the application alone: Qt's
/// AppDataLocation also carries the organization's name, which would move the data of earlier
/// versions, written before the application named its organization, one folder down.
QString dataFolder();

} // namespace Models
