// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/ab/modelpicker.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>

namespace {

const QString RecentKey = QStringLiteral("ab/recentModels");

QString droppedGguf(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

} // namespace

ModelPicker::ModelPicker(const QString& browseTitle, QWidget* parent)
    : QWidget(parent)
    , m_browseTitle(browseTitle)
{
    setAcceptDrops(true);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setAccessibleName(browseTitle);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(14);
    m_combo->lineEdit()->setPlaceholderText(tr("A .gguf file: browse, drop or type its path"));
    m_combo->setToolTip(tr("A GGUF model file; the files used lately are in the list"));
    row->addWidget(m_combo, 1);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setToolTip(tr("Choose a GGUF model file"));
    row->addWidget(browse);
    refreshRecent();
    m_combo->setCurrentIndex(-1);
    m_combo->setEditText(QString());
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
        const QString file
            = QFileDialog::getOpenFileName(this, m_browseTitle, start, tr("GGUF models (*.gguf);;All files (*)"));
        if (!file.isEmpty())
            setPath(file);
    });
    connect(m_combo, &QComboBox::currentTextChanged, this,
        [this](const QString& text) { emit pathChanged(text.trimmed()); });
}

QString ModelPicker::path() const
{
    return m_combo->currentText().trimmed();
}

void ModelPicker::setPath(const QString& path)
{
    const QString clean = path.isEmpty() ? path : QDir::cleanPath(path);
    if (clean == this->path())
        return;
    m_combo->setEditText(clean);
}

void ModelPicker::remember(const QString& path)
{
    if (path.isEmpty())
        return;
    QSettings s;
    QStringList recent = s.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    s.setValue(RecentKey, recent.mid(0, 10));
}

void ModelPicker::refreshRecent()
{
    const QSignalBlocker block(m_combo);
    const QString current = path();
    m_combo->clear();
    m_combo->addItems(QSettings().value(RecentKey).toStringList());
    m_combo->setEditText(current);
}

void ModelPicker::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedGguf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ModelPicker::dropEvent(QDropEvent* event)
{
    const QString file = droppedGguf(event->mimeData());
    if (file.isEmpty())
        return;
    setPath(file);
    event->acceptProposedAction();
}
