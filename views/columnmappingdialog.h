// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/import/preview.h"
#include "core/ingest/mappingstore.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

#include <memory>

template <class T>
class BackgroundLoad;

class ErrorListModel;
class PreviewModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RawRowsModel;
namespace Pricing {
class PriceCatalog;
}

/**
 * Maps the columns of one CSV or JSON Lines file to the canonical event fields: the file's first rows as they are,
 * one choice per field, and, recomputed off the GUI thread as the choices change, the events as they would be stored
 * (priced) and the rows that would be rejected. Starts from a guess (Ingest::guessMapping) or from `initial`.
 * Accepting remembers the mapping under its file-name pattern (MappingSettings) when "Remember" is checked.
 */
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnMappingDialog(const QString& file, const QString& workspacePath, QWidget* parent = nullptr,
        const std::optional<Ingest::SavedMapping>& initial = std::nullopt);
    ~ColumnMappingDialog() override;

    /** The fields offered, in the order shown (canonical names; list_cost_usd is computed, never read). */
    static const QStringList& fields();

    Ingest::ColumnMapping mapping() const;
    QString pattern() const;
    bool remember() const;
    /** The mapping with the pattern it is remembered under (empty when not remembered). */
    Ingest::SavedMapping savedMapping() const;

    QComboBox* fieldBox(const QString& field) const { return m_boxes.value(field); }
    QComboBox* delimiterBox() const { return m_delimiter; }
    QLineEdit* timeFormatEdit() const { return m_timeFormat; }
    QLineEdit* patternEdit() const { return m_pattern; }
    QPushButton* okButton() const { return m_ok; }
    const RawRowsModel* rawModel() const { return m_raw; }
    const PreviewModel* eventsModel() const { return m_events; }
    const ErrorListModel* rejectedModel() const { return m_rejected; }
    QLabel* statusLabel() const { return m_status; }

    void accept() override;

signals:
    /** A preview for the current choices is shown. */
    void previewUpdated();

private:
    struct Outcome
    {
        bool guessed = false;
        Ingest::ColumnMapping mapping; // as previewed: the guess, when guessed
        Result<Import::MappingPreview> preview = Error {};
        std::shared_ptr<const Pricing::PriceCatalog> catalog;
    };
    QWidget* buildFieldsPane();
    QWidget* buildPreviewPane();
    void schedule();
    void start(bool guess);
    void showOutcome(const Outcome& o);
    void setColumns(const QStringList& header, const Ingest::ColumnMapping& select);
    void updateOk();

    QString m_file;
    QString m_workspace;
    QHash<QString, QComboBox*> m_boxes;
    QStringList m_header;
    QComboBox* m_delimiter = nullptr;
    QLineEdit* m_timeFormat = nullptr;
    QCheckBox* m_remember = nullptr;
    QLineEdit* m_pattern = nullptr;
    QPushButton* m_ok = nullptr;
    QWidget* m_fieldsPane = nullptr;
    QLabel* m_status = nullptr;
    RawRowsModel* m_raw = nullptr;
    PreviewModel* m_events = nullptr;
    ErrorListModel* m_rejected = nullptr;
    QTimer m_debounce;
    bool m_fatal = false; // the current choices cannot read the file at all
    std::shared_ptr<const Pricing::PriceCatalog> m_catalog;
    std::unique_ptr<BackgroundLoad<Outcome>> m_load;
};
