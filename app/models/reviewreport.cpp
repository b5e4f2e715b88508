#include "models/reviewreport.h"

#include "models/activitylog.h"
#include "models/csv.h"

#include <QtCore/QDir>
#include <QtCore/QHash>
#include <QtCore/QSaveFile>
#include <QtGui/QTextDocument>

namespace Models {

using namespace Qt::StringLiterals;

namespace {

QString accountKey(const ReviewRow &row)
{
    if (row.principal == ReviewRow::Principal::Group)
        return {};
    if (!row.active)
        return u"unknown"_s;
    return *row.active ? u"active"_s : u"deactivated"_s;
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? ActivityEntry::localTimeText(time.toLocalTime()) : QString();
}

QString cell(const QString &text)
{
    return u"<td>"_s + text.toHtmlEscaped() + u"</td>"_s;
}

} // namespace

ReviewReport::ReviewReport(const ReviewStore &store, qint64 reviewId)
{
    if (const std::optional<ReviewInfo> info = store.review(reviewId)) {
        m_info = *info;
        m_rows = store.rows(reviewId);
        m_problems = store.problems(reviewId);
    }
}

QList<ReviewReport::GroupSummary> ReviewReport::summary() const
{
    QList<GroupSummary> result;
    QHash<qint64, int> at;
    const auto lineOf = [&](qint64 groupId) -> GroupSummary & {
        if (!at.contains(groupId)) {
            at.insert(groupId, int(result.size()));
            result.append(GroupSummary());
            result.last().groupId = groupId;
        }
        return result[at.value(groupId)];
    };
    for (qint64 id : m_info.groupIds) // the scope's order first, each group once
        lineOf(id);
    for (const ReviewRow &row : m_rows) {
        GroupSummary &s = lineOf(row.groupId);
        s.groupName = row.groupName;
        count(s, row);
    }
    for (const ReviewProblem &problem : m_problems) {
        if (problem.viaGroupId != 0 || !at.contains(problem.groupId))
            continue;
        GroupSummary &s = result[at.value(problem.groupId)];
        s.unreadable = true;
        if (s.groupName.isEmpty())
            s.groupName = problem.groupName;
    }
    for (GroupSummary &s : result) {
        if (s.groupName.isEmpty())
            s.groupName = tr("group %1").arg(s.groupId);
    }
    return result;
}

void ReviewReport::count(GroupSummary &s, const ReviewRow &row)
{
    if (row.isRetired() && !row.isApplied()) {
        ++s.retired;
        return;
    }
    ++s.rows;
    if (row.decision == ReviewRow::Decision::Undecided) {
        ++s.undecided;
        return;
    }
    if (row.decision == ReviewRow::Decision::Keep) {
        ++s.kept;
        return;
    }
    switch (row.outcome) {
    case ReviewRow::Outcome::Done:
    case ReviewRow::Outcome::AlreadySo:
        ++(row.decision == ReviewRow::Decision::Remove ? s.removed : s.lowered);
        break;
    case ReviewRow::Outcome::Failed:
    case ReviewRow::Outcome::Cancelled:
    case ReviewRow::Outcome::Pending:
        ++s.failed;
        break;
    case ReviewRow::Outcome::Gone:
        ++s.gone;
        break;
    case ReviewRow::Outcome::None:
        ++s.notApplied;
        break;
    case ReviewRow::Outcome::Undone:
        ++s.undone;
        break;
    }
}

QStringList ReviewReport::csvHeader()
{
    return {u"review"_s, u"group_id"_s, u"group"_s, u"principal_kind"_s, u"principal_id"_s, u"principal"_s,
        u"username"_s, u"email"_s, u"holds"_s, u"via_group_id"_s, u"via_group"_s, u"account"_s, u"suggestion"_s,
        u"state"_s, u"decision"_s, u"note"_s, u"decided_at"_s, u"outcome"_s, u"outcome_reason"_s, u"outcome_at"_s};
}

QByteArray ReviewReport::csv() const
{
    QList<QStringList> rows;
    rows.reserve(m_rows.size() + m_problems.size());
    // Times in the zone of the machine that writes the file, with their offset.
    const auto time = [](const QDateTime &t) { return t.isValid() ? Csv::dateTime(t.toLocalTime()) : QString(); };
    for (const ReviewRow &row : m_rows) {
        rows.append({m_info.name, QString::number(row.groupId), row.groupName,
            row.principal == ReviewRow::Principal::Group ? u"group"_s : u"user"_s, QString::number(row.principalId),
            row.name, row.username, row.email, ReviewRow::heldKey(row.held),
            row.viaGroupId ? QString::number(row.viaGroupId) : QString(), row.viaGroupName, accountKey(row),
            ReviewRow::suggestionKey(row.suggestion), row.isRetired() ? u"retired"_s : u"current"_s,
            ReviewRow::decisionKey(row.decision), row.note, time(row.decided), ReviewRow::outcomeKey(row.outcome),
            row.outcomeReason, time(row.outcomeTime)});
    }
    for (const ReviewProblem &problem : m_problems) {
        QStringList row(csvHeader().size());
        row[0] = m_info.name;
        row[1] = QString::number(problem.groupId);
        row[2] = problem.groupName;
        row[3] = u"error"_s;
        row[9] = problem.viaGroupId ? QString::number(problem.viaGroupId) : QString();
        row[10] = problem.viaGroupName;
        row[15] = problem.text();
        row[18] = problem.message;
        row[19] = time(problem.time);
        rows.append(row);
    }
    return Csv::write(csvHeader(), rows);
}

QString ReviewReport::pageHeader() const
{
    return tr("Access review: %1").arg(m_info.name);
}

QString ReviewReport::pageFooter(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
}

QList<std::pair<QString, QString>> ReviewReport::facts(const QList<GroupSummary> &groups) const
{
    QStringList scope;
    for (const GroupSummary &group : groups)
        scope.append(u"%1 (%2)"_s.arg(group.groupName).arg(group.groupId));
    return {
        {tr("Reviewer"), tr("%1 (id %2)").arg(m_info.reviewerUsername).arg(m_info.reviewerId)},
        {tr("Started"), localTime(m_info.started)},
        {tr("Completed"), m_info.isCompleted() ? localTime(m_info.completed) : tr("Not completed")},
        {tr("Last read from the server"), localTime(m_info.loaded)},
        {tr("Reviewed"), m_info.partsText()},
        {tr("Scope"), tr("%n group(s): ", nullptr, int(groups.size())) + scope.join(u", "_s)},
        {tr("Report written"), localTime(QDateTime::currentDateTimeUtc())},
    };
}

QStringList ReviewReport::summaryTitles()
{
    return {tr("Group"), tr("Grants"), tr("Kept"), tr("Removed"), tr("Lowered"), tr("Failed"), tr("Gone before apply"),
        tr("Not applied"), tr("Undone"), tr("Undecided"), tr("Retired")};
}

QStringList ReviewReport::summaryCells(const GroupSummary &g)
{
    QString name = g.groupName;
    if (g.unreadable)
        name += u" "_s + tr("(could not be read)");
    QStringList cells{name};
    for (int n :
        {g.rows, g.kept, g.removed, g.lowered, g.failed, g.gone, g.notApplied, g.undone, g.undecided, g.retired})
        cells.append(QString::number(n));
    return cells;
}

QStringList ReviewReport::decisionTitles()
{
    return {tr("Group"), tr("Person or group"), tr("Username / e-mail"), tr("Holds"), tr("How"), tr("Account"),
        tr("Decision"), tr("Note"), tr("Outcome")};
}

QStringList ReviewReport::decisionCells(const ReviewRow &row)
{
    QString who = row.name;
    if (row.principal == ReviewRow::Principal::Group)
        who += u" "_s + tr("(group %1)").arg(row.principalId);
    else
        who += u" (%1)"_s.arg(row.principalId);
    QStringList contact;
    if (!row.username.isEmpty())
        contact.append(row.username);
    if (!row.email.isEmpty())
        contact.append(row.email);
    QString account = row.accountText();
    if (row.isRetired())
        account += (account.isEmpty() ? QString() : u"; "_s) + tr("grant gone since");
    QString outcome = ReviewRow::outcomeText(row.outcome);
    if (!row.outcomeReason.isEmpty())
        outcome += u": "_s + row.outcomeReason;
    QString decision = ReviewRow::decisionText(row.decision);
    if (decision.isEmpty())
        decision = tr("Undecided");
    return {row.groupName, who, contact.join(u"\n"_s), ReviewRow::heldText(row.held), row.howText(), account, decision,
        row.note, outcome};
}

QString ReviewReport::html() const
{
    const auto heading = [](const QString &text) -> QString {
        return u"<h2 style=\"font-size: 12pt\">"_s + text.toHtmlEscaped() + u"</h2>"_s;
    };
    const auto tableHead = [](const QString &padding, const QStringList &titles) -> QString {
        QString head
            = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" width=\"100%\"><thead><tr>"_s.arg(padding);
        for (const QString &title : titles)
            head += u"<th>"_s + title.toHtmlEscaped() + u"</th>"_s;
        return head + u"</tr></thead>"_s;
    };
    QString html;
    html += u"<html><body style=\"font-size: 9pt\">"_s;
    html += u"<h1 style=\"font-size: 16pt\">"_s + m_info.name.toHtmlEscaped() + u"</h1>"_s;
    const QList<GroupSummary> groups = summary();
    html += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const auto &[name, value] : facts(groups))
        html += u"<tr><td><b>"_s + name.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    html += u"</table>"_s;

    html += heading(tr("Summary by group")) + tableHead(u"3"_s, summaryTitles());
    for (const GroupSummary &g : groups) {
        const QStringList cells = summaryCells(g);
        html += u"<tr>"_s + cell(cells.first());
        for (int i = 1; i < cells.size(); ++i)
            html += u"<td align=\"right\">"_s + cells.at(i) + u"</td>"_s;
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;

    if (!m_problems.isEmpty()) {
        html += heading(tr("What could not be read")) + u"<ul>"_s;
        for (const ReviewProblem &problem : m_problems)
            html += u"<li>"_s + problem.text().toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }

    html += heading(tr("Every decision")) + tableHead(u"2"_s, decisionTitles());
    for (const ReviewRow &row : m_rows) {
        html += u"<tr>"_s;
        for (const QString &text : decisionCells(row))
            html += cell(text);
        html += u"</tr>"_s;
    }
    html += u"</table></body></html>"_s;
    return html;
}

std::unique_ptr<QTextDocument> ReviewReport::document() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setHtml(html());
    return document;
}

QList<ReviewPdfBlock> ReviewReport::pdfBlocks() const
{
    using Kind = ReviewPdfBlock::Kind;
    QList<ReviewPdfBlock> blocks;
    blocks.append({Kind::Title, m_info.name, {}, {}, {}, {}, true, false});
    const QList<GroupSummary> groups = summary();
    ReviewPdfBlock factTable{Kind::Table, {}, {}, {0.2, 0.8}, {}, {}, false, true};
    for (const auto &[name, value] : facts(groups))
        factTable.rows.append({name, value});
    blocks.append(factTable);

    blocks.append({Kind::Heading, tr("Summary by group"), {}, {}, {}, {}, true, false});
    ReviewPdfBlock summaryTable{Kind::Table, {}, summaryTitles(),
        {0.25, 0.075, 0.075, 0.075, 0.075, 0.075, 0.075, 0.075, 0.075, 0.075, 0.075},
        {false, true, true, true, true, true, true, true, true, true, true}, {}, true, false};
    for (const GroupSummary &g : groups)
        summaryTable.rows.append(summaryCells(g));
    blocks.append(summaryTable);

    if (!m_problems.isEmpty()) {
        blocks.append({Kind::Heading, tr("What could not be read"), {}, {}, {}, {}, true, false});
        ReviewPdfBlock problemList{Kind::Table, {}, {}, {0.02, 0.98}, {}, {}, false, false};
        for (const ReviewProblem &problem : m_problems)
            problemList.rows.append({u"•"_s, problem.text()});
        blocks.append(problemList);
    }

    blocks.append({Kind::Heading, tr("Every decision"), {}, {}, {}, {}, true, false});
    // Who and what they hold take the width; the words of a decision and its account are short.
    ReviewPdfBlock decisionTable{
        Kind::Table, {}, decisionTitles(), {0.12, 0.15, 0.17, 0.06, 0.1, 0.08, 0.08, 0.14, 0.1}, {}, {}, true, false};
    decisionTable.rows.reserve(m_rows.size());
    for (const ReviewRow &row : m_rows)
        decisionTable.rows.append(decisionCells(row));
    blocks.append(decisionTable);
    return blocks;
}

int ReviewReport::writePdf(QIODevice *device, const Progress &progress, QString *error) const
{
    const ReviewPdf pdf(pageHeader(),
        tr("Reviewer: %1 · started %2").arg(m_info.reviewerUsername, localTime(m_info.started)),
        &ReviewReport::pageFooter);
    bool stopped = false;
    const int pages = pdf.write(device, pageHeader(), pdfBlocks(), [&](int done, int total) {
        stopped = progress && !progress(done, total);
        return !stopped;
    });
    if (pages == 0 && error)
        *error = stopped ? tr("Cancelled.") : tr("Could not write the PDF.");
    return pages;
}

int ReviewReport::writePdf(const QString &path, QString *error) const
{
    // Written beside and moved into place whole: a failed or stopped write leaves no half file,
    // and a report already at the path stays as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    }
    QString why;
    const int pages = writePdf(&file, {}, &why);
    if (pages == 0 || !file.commit()) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), pages == 0 ? why : file.errorString());
        return 0;
    }
    return pages;
}

} // namespace Models
