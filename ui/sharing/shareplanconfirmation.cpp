#include "ui/sharing/shareplanconfirmation.h"

#include "models/permissionleveltext.h"

#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace Gui {

using Mode = Models::SharePlan::Mode;

namespace {
/// Lines of lowered shares a box lists before it says "and N more".
constexpr int kLinesShown = 12;

QMessageBox *makeBox(QWidget *parent, QMessageBox::Icon icon, const QString &objectName, const QString &title)
{
    auto *box = new QMessageBox(icon, title, {}, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Names are people's and groups' own: never read as markup.
    box->setTextFormat(Qt::PlainText);
    // Room for "Deepa Moreau: Manage -> Read on Finance and Security" on one line: a message
    // box otherwise wraps its text at a third of the screen's width or less.
    box->setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 32em; }"));
    return box;
}
} // namespace

QString SharePlanConfirmation::noManagerText(const Models::SharePlan &plan, Mode mode)
{
    const QString text = plan.noManagerText(mode);
    return text.isEmpty() ? text : text + tr(".");
}

QString SharePlanConfirmation::noManagerExplanation()
{
    return tr("No user and no group could then change its members, its shares or its details; only an "
              "organization admin could give someone manage again.");
}

QMessageBox *SharePlanConfirmation::ask(QWidget *parent, const Models::SharePlan &plan, const Proceed &proceed,
    const std::function<void()> &cancelled, bool askAboutLowering)
{
    const QStringList lowered = askAboutLowering ? plan.loweredLines() : QStringList();
    if (lowered.isEmpty() || !plan.level()) {
        // Nothing lowered behind the person's back: exactly what was asked, once a manager is
        // not lost without a yes.
        const Mode mode = askAboutLowering ? Mode::KeepHigher : Mode::SetExactly;
        if (plan.groupsLeftWithoutManager(mode).isEmpty()) {
            proceed(mode);
            return nullptr;
        }
        return askNoManager(parent, plan, mode, proceed, cancelled);
    }

    const QString level = Models::permissionLevelText(*plan.level());
    QMessageBox *box
        = makeBox(parent, QMessageBox::Question, QStringLiteral("sharePlanLoweringBox"), tr("Keep Higher Levels?"));
    const int shares = int(plan.lowered().size());
    box->setText(shares == 1 ? tr("1 share would be lowered to %1:").arg(level)
                             : tr("%1 shares would be lowered to %2:").arg(shares).arg(level));
    QStringList lines;
    for (const QString &line : lowered.mid(0, kLinesShown))
        lines.append(u"\u2022 " + line);
    if (lowered.size() > kLinesShown)
        lines.append(tr("and %1 more").arg(lowered.size() - kLinesShown));
    QString informative = lines.join(u'\n') + u"\n\n"
        + tr("Keep Higher Levels leaves them their access and gives %1 to the others; Set Exactly %1 lowers "
             "them too.")
              .arg(level);
    const QString noManager = noManagerText(plan, Mode::SetExactly);
    if (!noManager.isEmpty())
        informative += u"\n\n" + tr("With Set Exactly %1: %2").arg(level, noManager);
    box->setInformativeText(informative);
    box->setDetailedText(lowered.size() > kLinesShown ? lowered.join(u'\n') : QString());

    QPushButton *keep = box->addButton(tr("&Keep Higher Levels"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepHigherButton"));
    QPushButton *exact = box->addButton(tr("Set &Exactly %1").arg(level), QMessageBox::DestructiveRole);
    exact->setObjectName(QStringLiteral("setExactlyButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, keep, exact, plan, parent, proceed, cancelled] {
        if (box->clickedButton() == keep) {
            proceed(Mode::KeepHigher);
        } else if (box->clickedButton() == exact) {
            if (plan.groupsLeftWithoutManager(Mode::SetExactly).isEmpty())
                proceed(Mode::SetExactly);
            else
                askNoManager(parent, plan, Mode::SetExactly, proceed, cancelled);
        } else if (cancelled) {
            cancelled();
        }
    });
    box->open();
    return box;
}

QMessageBox *SharePlanConfirmation::askNoManager(QWidget *parent, const Models::SharePlan &plan, Mode mode,
    const Proceed &proceed, const std::function<void()> &cancelled)
{
    return askLeaveWithoutManager(
        parent, noManagerText(plan, mode), int(plan.groupsLeftWithoutManager(mode).size()),
        [proceed, mode] { proceed(mode); }, cancelled);
}

QMessageBox *SharePlanConfirmation::askLeaveWithoutManager(QWidget *parent, const QString &text, int groups,
    const std::function<void()> &yes, const std::function<void()> &cancelled)
{
    QMessageBox *box = makeBox(parent, QMessageBox::Warning, QStringLiteral("lastManagerBox"),
        groups == 1 ? tr("Leave a Group Without a Manager?") : tr("Leave Groups Without a Manager?"));
    box->setText(text);
    box->setInformativeText(noManagerExplanation() + u"\n\n" + tr("Go on all the same?"));
    QPushButton *yesButton
        = box->addButton(groups == 1 ? tr("&Leave It Without a Manager") : tr("&Leave Them Without a Manager"),
            QMessageBox::DestructiveRole);
    yesButton->setObjectName(QStringLiteral("leaveWithoutManagerButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // The safe answer is the one Enter gives.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, yesButton, yes, cancelled] {
        if (box->clickedButton() == yesButton)
            yes();
        else if (cancelled)
            cancelled();
    });
    box->open();
    return box;
}

} // namespace Gui
