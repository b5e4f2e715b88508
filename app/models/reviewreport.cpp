#include "models/reviewreport.h"

#include "models/activitylog.h"
#include "models/csv.h"

#include <QtCore/QHash>
#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
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

QString numberCell(int n)
{
    return u"<td align=\"right\">"_s + QString::number(n) + u"</td>"_s;
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
    for (qint64 id : m_info.groupIds) {
        if (at.contains(id))
            continue;
        at.insert(id, int(result.size()));
        GroupSummary summary;
        summary.groupId = id;
        result.append(summary);
    }
    for (const ReviewRow &row : m_rows) {
        if (!at.contains(row.groupId)) {
            at.insert(row.groupId, int(result.size()));
            result.append(GroupSummary());
            result.last().groupId = row.groupId;
        }
        GroupSummary &s = result[at.value(row.groupId)];
        s.groupName = row.groupName;
        if (row.isRetired() && !row.isApplied()) {
            ++s.retired;
            continue;
        }
        ++s.rows;
        if (row.decision == ReviewRow::Decision::Undecided) {
            ++s.undecided;
            continue;
        }
        if (row.decision == ReviewRow::Decision::Keep) {
            ++s.kept;
            continue;
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
        }
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

QString ReviewReport::html() const
{
    QString html;
    html += u"<html><body style=\"font-size: 9pt\">"_s;
    html += u"<h1 style=\"font-size: 16pt\">"_s + m_info.name.toHtmlEscaped() + u"</h1>"_s;
    QStringList scope;
    const QList<GroupSummary> groups = summary();
    for (const GroupSummary &group : groups)
        scope.append(u"%1 (%2)"_s.arg(group.groupName).arg(group.groupId));
    const auto fact = [](const QString &name, const QString &value) -> QString {
        return u"<tr><td><b>"_s + name.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    html += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    html += fact(tr("Reviewer"), tr("%1 (id %2)").arg(m_info.reviewerUsername).arg(m_info.reviewerId));
    html += fact(tr("Started"), localTime(m_info.started));
    html += fact(tr("Completed"), m_info.isCompleted() ? localTime(m_info.completed) : tr("Not completed"));
    html += fact(tr("Last read from the server"), localTime(m_info.loaded));
    html += fact(tr("Reviewed"), m_info.partsText());
    html += fact(tr("Scope"), tr("%n group(s): ", nullptr, int(groups.size())) + scope.join(u", "_s));
    html += fact(tr("Report written"), localTime(QDateTime::currentDateTimeUtc()));
    html += u"</table>"_s;

    html += u"<h2 style=\"font-size: 12pt\">"_s + tr("Summary by group").toHtmlEscaped() + u"</h2>"_s;
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>"_s;
    for (const QString &title : {tr("Group"), tr("Grants"), tr("Kept"), tr("Removed"), tr("Lowered"), tr("Failed"),
             tr("Gone before apply"), tr("Not applied"), tr("Undecided"), tr("Retired")})
        html += u"<th>"_s + title.toHtmlEscaped() + u"</th>"_s;
    html += u"</tr></thead>"_s;
    for (const GroupSummary &g : groups) {
        QString name = g.groupName;
        if (g.unreadable)
            name += u" "_s + tr("(could not be read)");
        html += u"<tr>"_s + cell(name) + numberCell(g.rows) + numberCell(g.kept) + numberCell(g.removed)
            + numberCell(g.lowered) + numberCell(g.failed) + numberCell(g.gone) + numberCell(g.notApplied)
            + numberCell(g.undecided) + numberCell(g.retired) + u"</tr>"_s;
    }
    html += u"</table>"_s;

    if (!m_problems.isEmpty()) {
        html += u"<h2 style=\"font-size: 12pt\">"_s + tr("What could not be read").toHtmlEscaped() + u"</h2><ul>"_s;
        for (const ReviewProblem &problem : m_problems)
            html += u"<li>"_s + problem.text().toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }

    html += u"<h2 style=\"font-size: 12pt\">"_s + tr("Every decision").toHtmlEscaped() + u"</h2>"_s;
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><thead><tr>"_s;
    for (const QString &title : {tr("Group"), tr("Person or group"), tr("Username / e-mail"), tr("Holds"), tr("How"),
             tr("Account"), tr("Decision"), tr("Note"), tr("Outcome")})
        html += u"<th>"_s + title.toHtmlEscaped() + u"</th>"_s;
    html += u"</tr></thead>"_s;
    for (const ReviewRow &row : m_rows) {
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
        html += u"<tr>"_s + cell(row.groupName) + cell(who) + cell(contact.join(u"\n"_s))
            + cell(ReviewRow::heldText(row.held)) + cell(row.howText()) + cell(account) + cell(decision)
            + cell(row.note) + cell(outcome) + u"</tr>"_s;
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

int ReviewReport::writePdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape); // nine columns of decisions
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(pageHeader());
    writer.setCreator(QCoreApplication::applicationName());
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return 0;
    }
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const std::unique_ptr<QTextDocument> body = document();
    body->documentLayout()->setPaintDevice(&writer);
    QFont small = body->defaultFont();
    small.setPointSizeF(8);
    const QFontMetricsF metrics(small, &writer);
    const qreal header = metrics.height() * 2.5;
    const qreal footer = metrics.height() * 2;
    const qreal bodyHeight = page.height() - header - footer;
    body->setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = body->pageCount();
    const QString started = localTime(m_info.started);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        // The header and the page number on every page, so a page read alone says what it is.
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, page.width(), metrics.height()), Qt::AlignLeft | Qt::AlignTop, pageHeader());
        painter.drawText(QRectF(0, 0, page.width(), metrics.height()), Qt::AlignRight | Qt::AlignTop,
            tr("Reviewer: %1 · started %2").arg(m_info.reviewerUsername, started));
        painter.drawLine(QPointF(0, metrics.height() * 1.4), QPointF(page.width(), metrics.height() * 1.4));
        painter.drawText(QRectF(0, page.height() - metrics.height(), page.width(), metrics.height()),
            Qt::AlignHCenter | Qt::AlignBottom, pageFooter(i + 1, pages));
        painter.save();
        painter.translate(0, header - i * bodyHeight);
        const QRectF clip(0, i * bodyHeight, page.width(), bodyHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        body->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return 0;
    }
    return pages;
}

} // namespace Models
