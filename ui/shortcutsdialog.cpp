#include "ui/shortcutsdialog.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QAction>
#include <QtGui/QScreen>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Gui {

namespace {

/// "&Edit Group..." as a person reads it in a list: no mnemonic, no ellipsis.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);

    // Every action of the window with a shortcut, once each (an action may sit in a menu, the
    // tool bar and a context menu), by what it says.
    QList<QPair<QString, QString>> rows;
    QStringList seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || plainText(action).isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts.append(key.toString(QKeySequence::NativeText));
        const QString row = plainText(action) + QLatin1Char('\t') + texts.join(QStringLiteral(", "));
        if (seen.contains(row))
            continue;
        seen.append(row);
        rows.append({plainText(action), texts.join(QStringLiteral(", "))});
    }
    // Keys that belong to a list or a field rather than to an action.
    rows.append({tr("Search the group list: search now"), tr("Enter")});
    rows.append({tr("Search fields: clear the search"), tr("Esc")});
    rows.append({tr("Group list: show the group's tabs"), tr("Enter")});
    std::sort(rows.begin(), rows.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[action, keys] : std::as_const(rows))
        new QTreeWidgetItem(list, {action, keys});
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);

    // As tall as the list needs, never taller than the screen.
    const int rowHeight = list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : fontMetrics().height() + 4;
    QSize wanted(list->columnWidth(0) + list->columnWidth(1) + 60, rowHeight * (int(rows.size()) + 2) + 80);
    if (const QScreen *screen = window->screen())
        wanted = wanted.boundedTo(screen->availableSize() * 0.9);
    resize(wanted);
}

} // namespace Gui
