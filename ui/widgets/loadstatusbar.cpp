#include "ui/widgets/loadstatusbar.h"

#include "models/loadstatus.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/messagebar.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace Gui {

LoadStatusBar::LoadStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_busyBar(new QProgressBar(this))
    , m_errorFrame(new MessageBar(this))
    , m_errorLabel(m_errorFrame->textLabel())
    , m_retryButton(m_errorFrame->addButton(tr("&Retry")))
{
    setObjectName(QStringLiteral("loadStatusBar"));
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_errorFrame->setObjectName(QStringLiteral("errorFrame"));

    // A busy bar with no end, thin, in a space of its own kept when hidden: paging in as a view
    // scrolls must not make the view below it jump at every page.
    m_busyBar->setRange(0, 0);
    QSizePolicy keepSpace = m_busyBar->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(keepSpace);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(4);
    m_busyBar->setAccessibleName(tr("Loading"));

    // The error bar: the reason (selectable, so it can be copied) and Retry.
    m_errorFrame->setLevel(MessageBar::Error);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_retryButton->setToolTip(tr("Ask the server again"));

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
