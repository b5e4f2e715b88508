#include "models/groupdrag.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMimeData>
#include <QtCore/QSet>

namespace Models {

QString GroupDrag::mimeType()
{
    return QStringLiteral("application/x-civis-groups-groups");
}

// JSON, versioned, as UserDrag's payload: a drop can come from another program.
QMimeData *GroupDrag::toMimeData() const
{
    QJsonArray array;
    QStringList lines;
    lines.reserve(groups.size());
    for (const Api::NamedRef &group : groups) {
        array.append(QJsonObject{{QStringLiteral("id"), group.id}, {QStringLiteral("name"), group.name}});
        lines.append(group.name);
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("groups"), array}};
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(root).toJson(QJsonDocument::Compact));
    data->setText(lines.join(QLatin1Char('\n')));
    return data;
}

std::optional<GroupDrag> GroupDrag::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(data->data(mimeType())).object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    GroupDrag drag;
    const QJsonArray array = root.value(QStringLiteral("groups")).toArray();
    drag.groups.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Api::NamedRef group;
        group.id = object.value(QStringLiteral("id")).toInteger();
        if (group.id <= 0)
            return std::nullopt;
        group.name = object.value(QStringLiteral("name")).toString();
        drag.groups.append(group);
    }
    return drag;
}

QMimeData *GroupDrag::ofRows(const QModelIndexList &indexes, const QAbstractItemModel *model,
    const std::function<Api::NamedRef(int row)> &groupAt)
{
    GroupDrag drag;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == model && !rows.contains(index.row())) {
            rows.insert(index.row());
            drag.groups.append(groupAt(index.row()));
        }
    }
    return drag.groups.isEmpty() ? nullptr : drag.toMimeData();
}

} // namespace Models
