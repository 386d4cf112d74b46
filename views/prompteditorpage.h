// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"
#include "core/pricing/pricecatalog.h"
#include "core/prompt/editoranalysis.h"
#include "core/prompt/rewrites.h"
#include "core/tokenize/tokenizer.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

template <class T>
class BackgroundLoad;
class OutputConstraintsBox;
class PromptEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class RewriteDialog;
class SavedPromptsBar;
class TokenCountModel;
class WorkspaceContext;

/**
 * Prompt editor: a text editor with exact live token counts for several tokenizers side by side (o200k_base,
 * cl100k_base and any tokenizer.json, .tiktoken or GGUF file the user adds, remembered in the settings); cost per call
 * and per month at a catalog model and a request volume; template variables, the cacheable static prefix against the
 * model's minimum and the discount caching would earn; findings (repeats, filler, whitespace, verbose prose)
 * underlined with tooltips; token boundaries on demand; one-click rewrites previewed as a diff and applied as one
 * undoable edit; tokens and $ per month saved against a baseline; an output-constraints estimate; prompts saved in
 * the workspace with their history. Counting and analysis run off the GUI thread, 150 ms after the last keystroke;
 * stale results are dropped (BackgroundLoad), so a 50 MB paste keeps the window responsive.
 */
class PromptEditorPage : public QWidget
{
    Q_OBJECT
public:
    explicit PromptEditorPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~PromptEditorPage() override;

    PromptEditor* editor() const { return m_editor; }
    TokenCountModel* countModel() const { return m_counts; }
    /** Replaces the text as a newly loaded prompt: new baseline, empty undo history. */
    void setPromptText(const QString& text);
    /** Adds a tokenizer file (loaded in the background, remembered). */
    void addTokenizerFile(const QString& path);
    /** Index of the tokenizer that prices the prompt and shows boundaries (0 = o200k_base). */
    void setPricingTokenizer(int index);
    void setModel(const QString& model);
    void setRequestsPerDay(int perDay);
    /** Sets the output tokens per call as the user would (measurements no longer change them). */
    void setOutputTokens(int perCall);
    int outputTokens() const;
    /** What the output tokens' default was measured on. */
    QString outputBasisText() const;
    void setShowTokens(bool show);

    /** Opens the preview of `rules` on the current text; Apply replaces the text as one undoable edit. */
    RewriteDialog* previewRewrite(const QList<Prompt::Rule>& rules);
    /** Saves the text as the newest version of the prompt named in the prompt box. */
    Result<qint64> saveVersion();
    /** Loads one saved version into the editor (undoable). */
    Result<void> loadVersion(qint64 versionId);
    void setPromptName(const QString& name);

    bool isBusy() const;
    const Prompt::EditorAnalysis& analysis() const { return m_analysis; }
    QString statsText() const;
    QString costText() const;
    QString cacheText() const;
    QString baselineText() const;
    QString findingsText() const;
    OutputConstraintsBox* outputBox() const { return m_output; }

signals:
    /** The workspace's answer lengths arrived (and set the output tokens unless the user chose them). */
    void answerLengthsLoaded();
    void analysisReady();
    void tokenizersReady();
    void promptsChanged();

private:
    struct Slot
    {
        QString spec; // "o200k_base" or a file path
        QString name;
        Tokenize::TokenizerPtr tokenizer;
        QString error;
        bool loading = true;
    };
    struct Loaded
    {
        QString spec;
        Tokenize::TokenizerPtr tokenizer;
        QString error;
    };
    struct Analysed
    {
        Prompt::EditorAnalysis analysis;
        QList<int> slotOf;
    };
    void loadTokenizers(const QStringList& specs);
    void tokenizersLoaded(const QList<Loaded>& loaded);
    void scheduleAnalysis();
    void startAnalysis();
    void apply(const Prompt::EditorAnalysis& a, const QList<int>& slotOf);
    void updateRows();
    void updateCosts();
    void fillFindings();
    std::optional<qint64> primaryTokens() const;
    const Pricing::PriceEntry* price() const;
    qint64 callsPerMonth() const;
    QString summaryFor(const QString& before, const Prompt::Rewrite& rewrite) const;
    void applyMeasuredOutput();

    WorkspaceContext* m_context;
    PromptEditor* m_editor;
    TokenCountModel* m_counts;
    QTableView* m_table;
    QLabel* m_stats;
    QProgressBar* m_busy;
    QLabel* m_banner;
    SavedPromptsBar* m_library;
    QCheckBox* m_showTokens;
    QComboBox* m_model;
    QComboBox* m_pricingTokenizer;
    QSpinBox* m_perDay;
    QSpinBox* m_outputTokens;
    QLabel* m_outputBasis;
    bool m_outputTyped = false; // the user chose the output tokens: measurements no longer change them
    bool m_settingOutput = false;
    QMap<QString, Analytics::AnswerLength> m_answers; // model ("" all) → answer length in the workspace
    std::unique_ptr<BackgroundLoad<QMap<QString, Analytics::AnswerLength>>> m_answersLoad;
    QLabel* m_cost;
    QLabel* m_cache;
    QLabel* m_findingsSummary;
    QListWidget* m_findings;
    QList<QPushButton*> m_rewriteButtons;
    QLabel* m_baseline;
    OutputConstraintsBox* m_output;
    QTimer* m_debounce;

    QList<Slot> m_slots;
    Pricing::PriceCatalog m_catalog;
    Prompt::EditorAnalysis m_analysis;
    QList<int> m_analysisSlots; // slot of each count in m_analysis
    std::optional<qint64> m_baselineTokens; // primary tokenizer's count when the prompt was loaded
    QString m_pendingNote; // rewrites applied since the last save
    std::unique_ptr<BackgroundLoad<QList<Loaded>>> m_tokenizerLoad;
    std::unique_ptr<BackgroundLoad<Analysed>> m_analysisLoad;
};
