// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/inference/ab/abrun.h"

#include <QWidget>

class ModelPicker;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

/**
 * What the A/B page compares and how: two GGUF models, or one F32/F16 model whose Q8_0 and Q4_0 the page makes; the
 * engine (each Vulkan device by name and type, the CPU reference), with a plain warning for a CPU emulation; the
 * evaluation text (bundled or a file); prompts for side-by-side generation; context, prefill and decode lengths,
 * runs and seed. Everything is remembered between runs.
 */
class AbSetupForm : public QWidget
{
    Q_OBJECT
public:
    explicit AbSetupForm(QWidget* parent = nullptr);

    /** The request for the chosen models and settings (files as typed). */
    Ab::Request request() const;
    bool fromOneModel() const;
    QString sourceModel() const;
    void setModels(const QString& a, const QString& b);
    void setFromOneModel(bool one);
    void setSourceModel(const QString& path);
    void setTextFile(const QString& path); // empty: the bundled text
    void setEngines(const Ab::EngineList& list);
    /** Selects the engine with this id ("cpu", "vulkan:0"); false when there is none. */
    bool selectEngine(const QString& id);
    QString engineId() const;
    /** Remembers the files just used in every picker's list and the settings. */
    void remember() const;

    QSpinBox* ctxBox() const { return m_ctx; }
    QSpinBox* promptTokensBox() const { return m_promptTokens; }
    QSpinBox* decodeTokensBox() const { return m_decodeTokens; }
    QSpinBox* runsBox() const { return m_runs; }
    QSpinBox* generateTokensBox() const { return m_generateTokens; }
    QPlainTextEdit* promptsEdit() const { return m_prompts; }
    QComboBox* engineBox() const { return m_engine; }
    QComboBox* kvBox() const { return m_kv; }
    QLabel* engineWarning() const { return m_engineWarning; }

signals:
    void changed();

private:
    void updateMode();
    void updateEngineWarning();
    void chooseTextFile();

    QRadioButton* m_two;
    QRadioButton* m_one;
    ModelPicker* m_a;
    ModelPicker* m_b;
    ModelPicker* m_source;
    QWidget* m_twoBox;
    QWidget* m_oneBox;
    QComboBox* m_engine;
    QLabel* m_engineWarning;
    QComboBox* m_text;
    QPlainTextEdit* m_prompts;
    QSpinBox* m_ctx;
    QSpinBox* m_promptTokens;
    QSpinBox* m_decodeTokens;
    QSpinBox* m_runs;
    QSpinBox* m_generateTokens;
    QSpinBox* m_seed;
    QComboBox* m_kv;
    Ab::EngineList m_engines;
};
