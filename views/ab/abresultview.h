// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/ab/abrecord.h"

#include <QWidget>

class AbCostBox;
class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

/**
 * One A/B run as the page shows, saves and exports it: the verdict; where and how it ran; A and B side by side (file,
 * memory, llama-bench-style pp and tg as mean ± sd with median and range, time to first token, perplexity, $ per 1M
 * tokens; B against A: KL divergence mean, p99 and max, top-1 agreement); bar charts of the speeds with their range;
 * the per-token KLD histogram; the generated texts in two columns with the first divergence highlighted.
 */
class AbResultView : public QWidget
{
    Q_OBJECT
public:
    enum Row {
        File,
        Type,
        FileSize,
        Weights,
        KvCache,
        Prefill,
        PrefillRange,
        Decode,
        DecodeRange,
        Ttft,
        Perplexity,
        UsdPerMillion,
        KldMean,
        KldP99,
        KldMax,
        Top1,
        RowCount
    };
    enum Column { A, B, BvsA };

    explicit AbResultView(QWidget* parent = nullptr);

    void setRecord(const Ab::Record& record);
    bool hasRecord() const { return m_has; }
    /** The run shown, with the cost settings of the cost box. */
    Ab::Record record() const;

    /** What a cell shows (for tests). */
    QString cell(Row row, Column column) const;
    QString verdictText() const;
    QTextBrowser* generations() const { return m_generations; }
    AbCostBox* costBox() const { return m_cost; }
    QLabel* tooSmallBanner() const { return m_tooSmall; }
    QPushButton* synthButton() const { return m_synth; }

    Result<void> exportJson(const QString& path) const;
    Result<void> exportPng(const QString& path);
    Result<void> exportPdf(const QString& path);

signals:
    /** The user asks for the 110m-shaped pair to time instead of models too small to time. */
    void synthPairRequested();

private:
    void fillTable();
    void fillCharts();
    void fillGenerations();
    void setCell(int row, int column, const QString& text, const QString& tip = {});

    Ab::Record m_record;
    bool m_has = false;
    QLabel* m_verdict;
    QLabel* m_meta;
    QLabel* m_emulation;
    QLabel* m_tooSmall;
    QPushButton* m_synth;
    QTableWidget* m_table;
    AbCostBox* m_cost;
    QChartView* m_prefillChart;
    QChartView* m_decodeChart;
    QChartView* m_kldChart;
    QTextBrowser* m_generations;
};
