#include "ui/widgets/loadstatusbar.h"

#include "models/loadstatus.h"
#include "ui/widgets/longtext.h"

#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace Gui {

LoadStatusBar::LoadStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_busyBar(new QProgressBar(this))
    , m_errorFrame(new QFrame(this))
    , m_errorLabel(new QLabel(m_errorFrame))
    , m_retryButton(new QPushButton(tr("&Retry"), m_errorFrame))
{
    setObjectName(QStringLiteral("loadStatusBar"));
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_errorFrame->setObjectName(QStringLiteral("errorFrame"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));

    // A busy bar with no end, thin, in a space of its own kept when hidden: paging in as a view
    // scrolls must not make the view below it jump at every page.
    m_busyBar->setRange(0, 0);
    QSizePolicy keepSpace = m_busyBar->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(keepSpace);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(4);
    m_busyBar->setAccessibleName(tr("Loading"));

    // The error bar: a warning icon, the reason (selectable, so it can be copied), Retry.
    m_errorFrame->setAutoFillBackground(true);
    m_errorFrame->setFrameShape(QFrame::StyledPanel);
    m_errorFrame->setStyleSheet(QStringLiteral(
        "#errorFrame { background: #fbe3e4; border: 1px solid #e0a3a6; border-radius: 4px; }"
        "#errorLabel { color: #5a1a1d; }"));
    auto *icon = new QLabel(m_errorFrame);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_retryButton->setToolTip(tr("Ask the server again"));
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    errorLayout->setContentsMargins(8, 4, 4, 4);
    errorLayout->addWidget(icon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_retryButton, 0, Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_errorFrame);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_status)
            m_status->retry();
    });
    update();
}

LoadStatusBar::~LoadStatusBar() = default;

void LoadStatusBar::setStatus(Models::LoadStatus *status)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_status = status;
    if (status) {
        m_connections.append(connect(status, &Models::LoadStatus::loadingChanged, this, &LoadStatusBar::update));
        m_connections.append(connect(status, &Models::LoadStatus::errorChanged, this, &LoadStatusBar::update));
        m_connections.append(connect(status, &QObject::destroyed, this, &LoadStatusBar::update));
    }
    update();
}

QString LoadStatusBar::errorText() const
{
    // The words as the status has them, without the break opportunities shown for wrapping.
    return m_errorFrame->isHidden() ? QString() : m_errorLabel->text().remove(QChar(0x200B));
}

bool LoadStatusBar::isBusyShown() const
{
    return !m_busyBar->isHidden();
}

void LoadStatusBar::update()
{
    const bool loading = m_status && m_status->isLoading();
    const QString error = m_status ? m_status->errorMessage() : QString();
    m_busyBar->setVisible(loading);
    m_errorLabel->setText(breakable(error)); // wraps at the width it has, whatever the server said
    m_errorFrame->setVisible(!error.isEmpty());
    // Retry while a retry is already on its way would only queue a second one.
    m_retryButton->setEnabled(!loading);
}

} // namespace Gui
