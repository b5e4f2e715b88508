#include "models/userdrag.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMimeData>
#include <QtCore/QSet>

namespace Models {

QString UserRef::displayLine() const
{
    if (!email.isEmpty())
        return name + QStringLiteral(" <") + email + QLatin1Char('>');
    if (!username.isEmpty())
        return name + QStringLiteral(" (") + username + QLatin1Char(')');
    return name;
}

QString UserDrag::mimeType()
{
    return QStringLiteral("application/x-civis-groups-users");
}

// The payload is JSON: readable in a debugger, versioned, and safe to parse from any source
// (a drop can come from another program).
QMimeData *UserDrag::toMimeData() const
{
    QJsonArray array;
    QStringList lines;
    lines.reserve(users.size());
    for (const UserRef &user : users) {
        array.append(QJsonObject{
            {QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("email"), user.email},
        });
        lines.append(user.displayLine());
    }
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("users"), array}};
    if (sourceGroupId)
        root.insert(QStringLiteral("sourceGroupId"), *sourceGroupId);

    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(root).toJson(QJsonDocument::Compact));
    data->setText(lines.join(QLatin1Char('\n')));
    return data;
}

std::optional<UserDrag> UserDrag::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    UserDrag drag;
    const QJsonArray array = root.value(QStringLiteral("users")).toArray();
    drag.users.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        UserRef user;
        user.id = object.value(QStringLiteral("id")).toInteger();
        if (user.id <= 0)
            return std::nullopt;
        user.name = object.value(QStringLiteral("name")).toString();
        user.username = object.value(QStringLiteral("username")).toString();
        user.email = object.value(QStringLiteral("email")).toString();
        drag.users.append(user);
    }
    const QJsonValue source = root.value(QStringLiteral("sourceGroupId"));
    if (source.isDouble())
        drag.sourceGroupId = source.toInteger();
    return drag;
}

QMimeData *UserDrag::ofRows(const QModelIndexList &indexes, const QAbstractItemModel *model,
    const std::function<UserRef(int row)> &userAt, std::optional<qint64> sourceGroupId)
{
    UserDrag drag;
    drag.sourceGroupId = sourceGroupId;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == model && !rows.contains(index.row())) {
            rows.insert(index.row());
            drag.users.append(userAt(index.row()));
        }
    }
    return drag.users.isEmpty() ? nullptr : drag.toMimeData();
}

} // namespace Models
