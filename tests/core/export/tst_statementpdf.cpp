// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The chargeback statement's page: a PDF per cost center, and the same page painted as an image (for the eye:
// STATEMENT_SCREENSHOT_DIR=DIR saves each cost center's page of the demo's October 2026 as PNG).
#include "core/export/statementpdf.h"

#include "core/demo/demogenerator.h"
#include "core/store/workspace.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

class TestStatementPdf : public QObject
{
    Q_OBJECT
private slots:
    void octoberStatements()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo.inferometer"));
        PlainTaskContext ctx;
        Demo::Options opt;
        opt.volume = 0.2;
        QVERIFY(Demo::createWorkspace(demo, opt, ctx).ok());
        auto ws = Store::Workspace::open(demo, Store::Workspace::Mode::OpenExisting);
        const auto c = Export::chargeback(*ws.value(), 2026, 10, {});
        QVERIFY(c.ok());
        QCOMPARE(c.value().statements.size(), 5); // the demo's five tagged departments
        const QByteArray shots = qgetenv("STATEMENT_SCREENSHOT_DIR");
        for (const Export::Statement& s : c.value().statements) {
            const QString pdf = dir.filePath(Export::statementFileName(c.value(), s));
            QVERIFY(Export::writeStatementPdf(c.value(), s, pdf).ok());
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.read(5), QByteArray("%PDF-"));
            // the page as an image: ink on it, and the bar chart's blue
            QImage page(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi
            page.fill(Qt::white);
            {
                QPainter p(&page);
                Export::paintStatement(p, QRectF(page.rect()), c.value(), s);
            }
            int ink = 0, blue = 0;
            for (int y = 0; y < page.height(); y += 2)
                for (int x = 0; x < page.width(); x += 2) {
                    const QRgb px = page.pixel(x, y);
                    ink += px != qRgb(255, 255, 255) ? 1 : 0;
                    blue += px == qRgb(0x00, 0x72, 0xB2) ? 1 : 0;
                }
            QVERIFY2(ink > 5000, qPrintable(s.costCenter));
            QVERIFY2(blue > 100, qPrintable(s.costCenter));
            if (!shots.isEmpty())
                page.save(QString::fromLocal8Bit(shots) + QLatin1Char('/')
                    + Export::statementFileName(c.value(), s).replace(QLatin1String(".pdf"), QLatin1String(".png")));
        }
        QCOMPARE(Export::statementFileName(c.value(), c.value().statements.first()),
            QStringLiteral("chargeback-2026-10-Customer_Support.pdf"));
    }
};

INFEROMETER_TEST_MAIN(TestStatementPdf)
#include "tst_statementpdf.moc"
