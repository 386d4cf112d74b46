<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ab</name>
    <message>
        <source>%1 vs %2: %3× decode, %4% perplexity, %5% same top token</source>
        <translation>%1 gegen %2: %3× Dekodierung, %4% Perplexität, %5% gleiches Top-Token</translation>
    </message>
    <message>
        <source>not an A/B run: %1 is missing or of the wrong type</source>
        <translation>kein A/B-Lauf: Feld %1 fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot read the evaluation text: %1</source>
        <translation>Auswertungstext kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>needs Vulkan 1.2 with a compute queue and subgroup arithmetic and shuffle</source>
        <translation>erfordert Vulkan 1.2 mit einer Compute-Queue sowie Subgroup-Arithmetik und -Shuffle</translation>
    </message>
    <message>
        <source>no Vulkan device</source>
        <translation>kein Vulkan-Gerät</translation>
    </message>
    <message>
        <source>CPU reference (float)</source>
        <translation>CPU-Referenz (Gleitkomma)</translation>
    </message>
    <message>
        <source>Inferometer&apos;s reference engine</source>
        <translation>Referenz-Engine von Inferometer</translation>
    </message>
    <message>
        <source>no usable Vulkan device</source>
        <translation>kein nutzbares Vulkan-Gerät</translation>
    </message>
    <message>
        <source>there is no Vulkan device %1 (%2)</source>
        <translation>es gibt kein Vulkan-Gerät %1 (%2)</translation>
    </message>
    <message>
        <source>unknown backend &quot;%1&quot; (vulkan, vulkan:N, cpu or auto)</source>
        <translation>unbekanntes Backend „%1“ (vulkan, vulkan:N, cpu oder auto)</translation>
    </message>
    <message>
        <source>the model needs %1 for weights and %2 for its KV cache, more than the %3 of memory %4 has</source>
        <translation>das Modell benötigt %1 für die Gewichte und %2 für seinen KV-Cache, mehr als die %3 Speicher von %4</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>Modelle werden geladen</translation>
    </message>
    <message>
        <source>choose model %1</source>
        <translation>Modell %1 auswählen</translation>
    </message>
    <message>
        <source>the vocabulary differs from %1&apos;s: the models cannot be compared token by token</source>
        <translation>das Vokabular unterscheidet sich von dem von %1: Die Modelle lassen sich nicht Token für Token vergleichen</translation>
    </message>
    <message>
        <source>the bundled text</source>
        <translation>der mitgelieferte Text</translation>
    </message>
    <message>
        <source>%1 is %2 tokens long for this model; perplexity with a context of %3 needs at least %4: choose a smaller context or a longer text</source>
        <translation>%1 ist für dieses Modell %2 Token lang; Perplexität mit einem Kontext von %3 erfordert mindestens %4: Wählen Sie einen kleineren Kontext oder einen längeren Text</translation>
    </message>
    <message>
        <source>unknown KV cache type &quot;%1&quot; (f16 or f32)</source>
        <translation>unbekannter KV-Cache-Typ „%1“ (f16 oder f32)</translation>
    </message>
    <message>
        <source>Timing %1: prefill and decode</source>
        <translation>Messen von %1: Prefill und Dekodierung</translation>
    </message>
    <message>
        <source>Perplexity and KL divergence over %1 chunks of %2 tokens</source>
        <translation>Perplexität und KL-Divergenz über %1 Abschnitte zu je %2 Token</translation>
    </message>
    <message numerus="yes">
        <source>Generating from %n prompt(s)</source>
        <translation>
            <numerusform>Generieren aus %n Prompt</numerusform>
            <numerusform>Generieren aus %n Prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no saved A/B run %1</source>
        <translation>es gibt keinen gespeicherten A/B-Lauf %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the model is already quantized (%1): choose an F32 or F16 model, or choose A and B yourself</source>
        <translation>das Modell ist bereits quantisiert (%1): Wählen Sie ein F32- oder F16-Modell, oder wählen Sie A und B selbst</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Quantizing to %1</source>
        <translation>Quantisierung nach %1</translation>
    </message>
    <message>
        <source>Generating %1</source>
        <translation>%1 wird erzeugt</translation>
    </message>
    <message>
        <source>the GPU price list is malformed</source>
        <translation>die GPU-Preisliste ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>AbCostBox</name>
    <message>
        <source>Cost per 1M generated tokens</source>
        <translation>Kosten pro 1 Mio. generierter Token</translation>
    </message>
    <message>
        <source>Typed price</source>
        <translation>Eingegebener Preis</translation>
    </message>
    <message>
        <source>%1 – %2, $%3/h (%4)</source>
        <translation>%1 – %2, $%3/h (%4)</translation>
    </message>
    <message>
        <source>Typical on-demand prices of one GPU, dated; spot and committed prices are lower</source>
        <translation>Typische On-Demand-Preise einer GPU, mit Datum; Spot-Preise und Preise mit Laufzeitbindung sind niedriger</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Maschine:</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> pro Stunde</translation>
    </message>
    <message>
        <source>What an hour of the machine that runs the model costs you</source>
        <translation>Was Sie eine Stunde der Maschine kostet, auf der das Modell läuft</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Share of the paid hours the machine spends generating at the measured speed; idle hours are paid too</source>
        <translation>Anteil der bezahlten Stunden, in denen die Maschine mit der gemessenen Geschwindigkeit generiert; Leerlaufstunden werden ebenfalls bezahlt</translation>
    </message>
    <message>
        <source>Utilization:</source>
        <translation>Auslastung:</translation>
    </message>
    <message>
        <source>An API model to compare with: its list price per 1M output tokens</source>
        <translation>Ein API-Modell zum Vergleich: sein Listenpreis pro 1 Mio. Ausgabetoken</translation>
    </message>
    <message>
        <source>API model:</source>
        <translation>API-Modell:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>$ per 1M = price per hour ÷ (decode tokens/s × utilization × 3,600) × 1,000,000, for one stream at batch size 1</source>
        <translation>$ pro 1 Mio. = Preis pro Stunde ÷ (Dekodierung in Token/s × Auslastung × 3.600) × 1.000.000, für einen Stream bei Batchgröße 1</translation>
    </message>
    <message>
        <source>A (%1):</source>
        <translation>A (%1):</translation>
    </message>
    <message>
        <source>B (%1):</source>
        <translation>B (%1):</translation>
    </message>
    <message>
        <source>%1 (%2 list price)</source>
        <translation>%1 (Listenpreis von %2)</translation>
    </message>
</context>
<context>
    <name>AbHistory</name>
    <message>
        <source>Every finished run is saved in the workspace. Select one to show it, or two to compare them (for instance before and after a driver update).</source>
        <translation>Jeder abgeschlossene Lauf wird im Arbeitsbereich gespeichert. Wählen Sie einen aus, um ihn anzuzeigen, oder zwei, um sie zu vergleichen (etwa vor und nach einem Treiber-Update).</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the selected run on the Result tab (Enter)</source>
        <translation>Den ausgewählten Lauf auf der Registerkarte „Ergebnis“ anzeigen (Enter)</translation>
    </message>
    <message>
        <source>Compare Two</source>
        <translation>Zwei vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected runs&apos; figures side by side</source>
        <translation>Die Kennzahlen der beiden ausgewählten Läufe nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected run from the workspace</source>
        <translation>Den ausgewählten Lauf aus dem Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Older run</source>
        <translation>Älterer Lauf</translation>
    </message>
    <message>
        <source>Newer run</source>
        <translation>Neuerer Lauf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete the selected A/B run from the workspace?</source>
        <translation>Den ausgewählten A/B-Lauf aus dem Arbeitsbereich löschen?</translation>
    </message>
    <message>
        <source>No saved runs yet: every finished run is saved in the workspace.</source>
        <translation>Noch keine gespeicherten Läufe: Jeder abgeschlossene Lauf wird im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>A decode, t/s (median)</source>
        <translation>Dekodierung A, t/s (Median)</translation>
    </message>
    <message>
        <source>B decode, t/s (median)</source>
        <translation>Dekodierung B, t/s (Median)</translation>
    </message>
    <message>
        <source>A prefill, t/s (median)</source>
        <translation>Prefill A, t/s (Median)</translation>
    </message>
    <message>
        <source>B prefill, t/s (median)</source>
        <translation>Prefill B, t/s (Median)</translation>
    </message>
    <message>
        <source>A perplexity</source>
        <translation>Perplexität A</translation>
    </message>
    <message>
        <source>B perplexity</source>
        <translation>Perplexität B</translation>
    </message>
    <message>
        <source>KL divergence, mean</source>
        <translation>KL-Divergenz, Mittelwert</translation>
    </message>
    <message>
        <source>Top-1 agreement</source>
        <translation>Top-1-Übereinstimmung</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Earlier A/B runs</source>
        <translation>Frühere A/B-Läufe</translation>
    </message>
    <message>
        <source>Comparison of two runs</source>
        <translation>Vergleich zweier Läufe</translation>
    </message>
</context>
<context>
    <name>AbPage</name>
    <message>
        <source>Model A/B</source>
        <translation>Modell-A/B-Test</translation>
    </message>
    <message>
        <source>Your GGUF model in Q8_0 against Q4_0 (or any two): speed, quality and $ per 1M tokens on your device</source>
        <translation>Ihr GGUF-Modell in Q8_0 gegen Q4_0 (oder zwei beliebige): Geschwindigkeit, Qualität und $ pro 1 Mio. Token auf Ihrem Gerät</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Time both models, measure their quality and generate from the prompts (Ctrl+Return)</source>
        <translation>Beide Modelle messen, ihre Qualität bestimmen und aus den Prompts generieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the step in progress (Esc); nothing is saved or left in the cache folder</source>
        <translation>Nach dem laufenden Schritt anhalten (Esc); nichts wird gespeichert oder im Cache-Ordner zurückgelassen</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>The whole record, as inferometer-cli ab --json prints it, with the cost settings</source>
        <translation>Der gesamte Datensatz, wie ihn inferometer-cli ab --json ausgibt, mit den Kosteneinstellungen</translation>
    </message>
    <message>
        <source>The result as shown, to share</source>
        <translation>Das Ergebnis wie angezeigt, zum Teilen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No run yet&lt;/h3&gt;&lt;p&gt;Choose model A and model B (or one F32/F16 model and let the page make its Q8_0 and Q4_0), pick the device and press &lt;b&gt;Run&lt;/b&gt;. On the bundled stories260K models a run takes a few seconds.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Lauf&lt;/h3&gt;&lt;p&gt;Wählen Sie Modell A und Modell B (oder ein F32/F16-Modell, aus dem die Seite Q8_0 und Q4_0 erzeugt), wählen Sie das Gerät und klicken Sie auf &lt;b&gt;Ausführen&lt;/b&gt;. Mit den mitgelieferten stories260K-Modellen dauert ein Lauf wenige Sekunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Saved Runs</source>
        <translation>Gespeicherte Läufe</translation>
    </message>
    <message>
        <source>No Vulkan device: %1. The CPU reference engine is available.</source>
        <translation>Kein Vulkan-Gerät: %1. Die CPU-Referenz-Engine ist verfügbar.</translation>
    </message>
    <message>
        <source>Canceled; nothing was saved.</source>
        <translation>Abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saved as run %1 in the workspace</source>
        <translation>Als Lauf %1 im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
    <message>
        <source>A and B are now the 110M-shaped pair (%1): press Run to time them.</source>
        <translation>A und B sind jetzt das Paar mit 110M-Architektur (%1): Klicken Sie auf „Ausführen“, um es zu messen.</translation>
    </message>
    <message>
        <source>from the cache folder</source>
        <translation>aus dem Cache-Ordner</translation>
    </message>
    <message>
        <source>made just now</source>
        <translation>gerade erzeugt</translation>
    </message>
    <message>
        <source>Saved run of %1 UTC</source>
        <translation>Gespeicherter Lauf vom %1 UTC</translation>
    </message>
    <message>
        <source>Open a workspace to keep the runs: each finished run is saved in it.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um die Läufe aufzubewahren: Jeder abgeschlossene Lauf wird darin gespeichert.</translation>
    </message>
    <message>
        <source>Choose the F32 or F16 model to quantize.</source>
        <translation>Wählen Sie das zu quantisierende F32- oder F16-Modell.</translation>
    </message>
    <message>
        <source>Choose model A and model B.</source>
        <translation>Wählen Sie Modell A und Modell B.</translation>
    </message>
    <message>
        <source>Quantizing…</source>
        <translation>Quantisierung…</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>A and B set from the dropped files.</source>
        <translation>A und B aus den abgelegten Dateien übernommen.</translation>
    </message>
    <message>
        <source>Model A set from the dropped file.</source>
        <translation>Modell A aus der abgelegten Datei übernommen.</translation>
    </message>
    <message>
        <source>Canceling after the step in progress…</source>
        <translation>Abbruch nach dem laufenden Schritt…</translation>
    </message>
    <message>
        <source>Choose model A first: the pair takes its vocabulary.</source>
        <translation>Wählen Sie zuerst Modell A: Das Paar übernimmt dessen Vokabular.</translation>
    </message>
    <message>
        <source>Generating the 110M-shaped pair…</source>
        <translation>Paar mit 110M-Architektur wird erzeugt…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export A/B Run</source>
        <translation>A/B-Lauf exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>AbResultView</name>
    <message>
        <source>median tokens/s</source>
        <translation>Token/s (Median)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>B against A: decode speed (median tokens/s of B over A), perplexity change, and the share of text positions where both models rank the same token first</source>
        <translation>B gegenüber A: Dekodiergeschwindigkeit (Median-Token/s von B im Verhältnis zu A), Änderung der Perplexität und der Anteil der Textpositionen, an denen beide Modelle dasselbe Token an die erste Stelle setzen</translation>
    </message>
    <message>
        <source>Time a 110M-shaped Pair Instead</source>
        <translation>Stattdessen ein Paar mit 110M-Architektur messen</translation>
    </message>
    <message>
        <source>Generates a stories110M-shaped model with seeded random weights and this model&apos;s vocabulary in Q8_0 and Q4_0 (about 160 MB, kept in the cache folder), and sets it as A and B: its speeds compare the weight formats, its quality figures mean nothing</source>
        <translation>Erzeugt ein Modell mit der Architektur von stories110M, zufälligen Gewichten aus einem festen Seed und dem Vokabular dieses Modells in Q8_0 und Q4_0 (etwa 160 MB, im Cache-Ordner abgelegt) und setzt es als A und B: Seine Geschwindigkeiten vergleichen die Gewichtsformate, seine Qualitätskennzahlen sind bedeutungslos</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B vs A</source>
        <translation>B vs. A</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The GGUF file; its SHA-256 is in the tooltip</source>
        <translation>Die GGUF-Datei; ihr SHA-256 steht im Tooltip</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The type most of the blocks&apos; weights are stored in, as ggml names it</source>
        <translation>Der Typ, in dem die meisten Gewichte der Blöcke gespeichert sind, wie ggml ihn benennt</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Bytes on disk</source>
        <translation>Bytes auf dem Datenträger</translation>
    </message>
    <message>
        <source>Weights in memory</source>
        <translation>Gewichte im Speicher</translation>
    </message>
    <message>
        <source>What the engine holds for the weights on the device</source>
        <translation>Was die Engine für die Gewichte auf dem Gerät belegt</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Keys and values of every layer for the longest sequence the run evaluates; the engines keep F32 buffers (an F16 cache stores its values rounded to half precision)</source>
        <translation>Schlüssel und Werte jeder Schicht für die längste Sequenz, die der Lauf auswertet; die Engines halten F32-Puffer (ein F16-Cache speichert seine Werte auf halbe Genauigkeit gerundet)</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>llama-bench&apos;s pp test: the prompt&apos;s tokens evaluated in one batch, tokens/s, mean ± standard deviation over the timed runs</source>
        <translation>pp-Test von llama-bench: die Token des Prompts in einem Batch ausgewertet, Token/s, Mittelwert ± Standardabweichung über die gemessenen Läufe</translation>
    </message>
    <message>
        <source>  median (min–max)</source>
        <translation>  Median (Min.–Max.)</translation>
    </message>
    <message>
        <source>The median run and the slowest and fastest, tokens/s</source>
        <translation>Der Median-Lauf sowie der langsamste und der schnellste, Token/s</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Dekodierung</translation>
    </message>
    <message>
        <source>llama-bench&apos;s tg test: tokens generated one at a time after the prompt, tokens/s, mean ± standard deviation over the timed runs</source>
        <translation>tg-Test von llama-bench: nach dem Prompt einzeln generierte Token, Token/s, Mittelwert ± Standardabweichung über die gemessenen Läufe</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>From the start of the prompt to the first generated token, median, ms</source>
        <translation>Vom Beginn des Prompts bis zum ersten generierten Token, Median, ms</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <source>exp(mean negative log-likelihood) of the text&apos;s tokens, as llama-perplexity computes it (chunks of the context size, the second half of each scored); ± its standard error. Lower is better</source>
        <translation>exp(mittlere negative Log-Likelihood) der Token des Textes, wie llama-perplexity sie berechnet (Abschnitte in Kontextgröße, jeweils die zweite Hälfte bewertet); ± ihr Standardfehler. Niedriger ist besser</translation>
    </message>
    <message>
        <source>$ per 1M tokens</source>
        <translation>$ pro 1 Mio. Token</translation>
    </message>
    <message>
        <source>What 1M generated tokens cost on the machine below at the median decode speed</source>
        <translation>Was 1 Mio. generierte Token auf der unten angegebenen Maschine bei der Median-Dekodiergeschwindigkeit kosten</translation>
    </message>
    <message>
        <source>KL divergence, mean</source>
        <translation>KL-Divergenz, Mittelwert</translation>
    </message>
    <message>
        <source>How far B&apos;s next-token distribution is from A&apos;s, averaged over the scored positions: Σ P_A · (log P_A − log P_B), in nats; 0 is identical</source>
        <translation>Wie weit die Next-Token-Verteilung von B von der von A entfernt ist, gemittelt über die bewerteten Positionen: Σ P_A · (log P_A − log P_B), in nats; 0 bedeutet identisch</translation>
    </message>
    <message>
        <source>KL divergence, p99</source>
        <translation>KL-Divergenz, p99</translation>
    </message>
    <message>
        <source>99th percentile of the per-position KL divergence</source>
        <translation>99. Perzentil der KL-Divergenz pro Position</translation>
    </message>
    <message>
        <source>KL divergence, max</source>
        <translation>KL-Divergenz, Maximum</translation>
    </message>
    <message>
        <source>The largest per-position KL divergence</source>
        <translation>Die größte KL-Divergenz pro Position</translation>
    </message>
    <message>
        <source>Top-1 agreement</source>
        <translation>Top-1-Übereinstimmung</translation>
    </message>
    <message>
        <source>Share of the scored positions where A and B rank the same token first</source>
        <translation>Anteil der bewerteten Positionen, an denen A und B dasselbe Token an die erste Stelle setzen</translation>
    </message>
    <message>
        <source>Prefill tokens/s</source>
        <translation>Prefill, Token/s</translation>
    </message>
    <message>
        <source>Decode tokens/s</source>
        <translation>Dekodierung, Token/s</translation>
    </message>
    <message>
        <source>KL divergence per position (B from A)</source>
        <translation>KL-Divergenz pro Position (B gegenüber A)</translation>
    </message>
    <message>
        <source>Bars: the median run; whiskers: the slowest and fastest run</source>
        <translation>Balken: der Median-Lauf; Whisker: der langsamste und der schnellste Lauf</translation>
    </message>
    <message>
        <source>How many scored positions have a KL divergence in each range (nats, half-decade bins): mass on the right means B often disagrees with A</source>
        <translation>Wie viele bewertete Positionen eine KL-Divergenz in jedem Bereich haben (nats, Klassen von einer halben Dekade): Viel Masse rechts bedeutet, dass B oft von A abweicht</translation>
    </message>
    <message>
        <source>What each model generates from each prompt; the highlighted text is where B first differs from A</source>
        <translation>Was jedes Modell aus jedem Prompt generiert; der hervorgehobene Text zeigt, wo B zuerst von A abweicht</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · driver %4 · %5&lt;br&gt;context %6 over %7 (%8 tokens, %9 chunks), pp%10 and tg%11, timed runs after a warm-up: %12, seed %13, KV cache %14</source>
        <translation>%1 · %2 (%3) · Treiber %4 · %5&lt;br&gt;Kontext %6 über %7 (%8 Token, %9 Abschnitte), pp%10 und tg%11, gemessene Läufe nach einem Aufwärmlauf: %12, Seed %13, KV-Cache %14</translation>
    </message>
    <message>
        <source>the bundled text</source>
        <translation>den mitgelieferten Text</translation>
    </message>
    <message>
        <source>%1 is a CPU emulation of Vulkan: the quality figures are exact, the speeds say nothing about a GPU.</source>
        <translation>%1 ist eine CPU-Emulation von Vulkan: Die Qualitätskennzahlen sind exakt, die Geschwindigkeiten sagen nichts über eine GPU aus.</translation>
    </message>
    <message>
        <source>Too small to time: with %1 parameters a token&apos;s work is smaller than the device&apos;s fixed cost per dispatch, so these speeds compare the dispatch overhead, not %2 against %3.</source>
        <translation>Zu klein zum Messen: Bei %1 Parametern ist der Aufwand pro Token kleiner als die festen Kosten des Geräts pro Dispatch, daher vergleichen diese Geschwindigkeiten den Dispatch-Overhead, nicht %2 mit %3.</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Prefill pp%1, t/s</source>
        <translation>Prefill pp%1, t/s</translation>
    </message>
    <message>
        <source>Decode tg%1, t/s</source>
        <translation>Dekodierung tg%1, t/s</translation>
    </message>
    <message>
        <source>B&apos;s cost per token relative to A&apos;s: the inverse of the decode speed-up</source>
        <translation>Kosten von B pro Token im Verhältnis zu A: der Kehrwert der Dekodier-Beschleunigung</translation>
    </message>
    <message>
        <source>%1 scored positions</source>
        <translation>%1 bewertete Positionen</translation>
    </message>
    <message>
        <source>Prefill pp%1, tokens/s</source>
        <translation>Prefill pp%1, Token/s</translation>
    </message>
    <message>
        <source>Decode tg%1, tokens/s</source>
        <translation>Dekodierung tg%1, Token/s</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>KLD from (nats)</source>
        <translation>KLD ab (nats)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No prompts: add some to see what both models write.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Prompts: Fügen Sie welche hinzu, um zu sehen, was beide Modelle schreiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(the same text)</source>
        <translation>(derselbe Text)</translation>
    </message>
    <message>
        <source>(first difference at character %1)</source>
        <translation>(erster Unterschied bei Zeichen %1)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>A/B results</source>
        <translation>A/B-Ergebnisse</translation>
    </message>
    <message>
        <source>Generated text of A and B</source>
        <translation>Von A und B erzeugter Text</translation>
    </message>
</context>
<context>
    <name>AbSetupForm</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Two models: A (the baseline) and B</source>
        <translation>Zwei Modelle: A (die Referenz) und B</translation>
    </message>
    <message>
        <source>One F32/F16 model: its Q8_0 (A) against its Q4_0 (B)</source>
        <translation>Ein F32/F16-Modell: sein Q8_0 (A) gegen sein Q4_0 (B)</translation>
    </message>
    <message>
        <source>The page quantizes the model as llama-quantize does, into a cache folder, and reuses the files next time</source>
        <translation>Die Seite quantisiert das Modell wie llama-quantize in einen Cache-Ordner und verwendet die Dateien beim nächsten Mal wieder</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>F32 or F16 model</source>
        <translation>F32- oder F16-Modell</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Device and text</source>
        <translation>Gerät und Text</translation>
    </message>
    <message>
        <source>Where both models run: a Vulkan device, or the CPU reference engine</source>
        <translation>Wo beide Modelle laufen: ein Vulkan-Gerät oder die CPU-Referenz-Engine</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Bundled English text (short children&apos;s stories)</source>
        <translation>Mitgelieferter englischer Text (kurze Kindergeschichten)</translation>
    </message>
    <message>
        <source>Choose a UTF-8 text file…</source>
        <translation>UTF-8-Textdatei wählen…</translation>
    </message>
    <message>
        <source>The text perplexity and KL divergence are measured over, and the timed prompt is taken from</source>
        <translation>Der Text, über den Perplexität und KL-Divergenz gemessen werden und aus dem der gemessene Prompt stammt</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>One prompt per line: both models continue each, shown side by side</source>
        <translation>Ein Prompt pro Zeile: Beide Modelle setzen jeden fort, nebeneinander angezeigt</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>Ein Prompt pro Zeile</translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation>Prompts:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tokens per perplexity chunk, as llama-perplexity&apos;s -c: the text is cut into chunks of this many tokens and the second half of each is scored</source>
        <translation>Token pro Perplexitäts-Abschnitt, wie -c von llama-perplexity: Der Text wird in Abschnitte mit dieser Tokenanzahl zerlegt und jeweils die zweite Hälfte bewertet</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Prompt tokens evaluated in one batch: llama-bench&apos;s pp test (prompt processing) and the time to first token</source>
        <translation>In einem Batch ausgewertete Prompt-Token: der pp-Test von llama-bench (Prompt-Verarbeitung) und die Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Prefill (pp):</source>
        <translation>Prefill (pp):</translation>
    </message>
    <message>
        <source>Tokens generated one at a time after the prompt: llama-bench&apos;s tg test (generation)</source>
        <translation>Nach dem Prompt einzeln generierte Token: der tg-Test von llama-bench (Generierung)</translation>
    </message>
    <message>
        <source>Decode (tg):</source>
        <translation>Dekodierung (tg):</translation>
    </message>
    <message>
        <source>Timed runs of each model after one warm-up run, as llama-bench&apos;s -r</source>
        <translation>Gemessene Läufe jedes Modells nach einem Aufwärmlauf, wie -r von llama-bench</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <source>Tokens each model generates from each prompt</source>
        <translation>Anzahl der Token, die jedes Modell aus jedem Prompt generiert</translation>
    </message>
    <message>
        <source>Generated tokens:</source>
        <translation>Generierte Token:</translation>
    </message>
    <message>
        <source>The seed of the run; generation is greedy (the most likely token), so the same files and settings give the same texts</source>
        <translation>Der Seed des Laufs; die Generierung ist greedy (das wahrscheinlichste Token), daher ergeben dieselben Dateien und Einstellungen dieselben Texte</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>F16 (as llama.cpp)</source>
        <translation>F16 (wie llama.cpp)</translation>
    </message>
    <message>
        <source>F32</source>
        <translation>F32</translation>
    </message>
    <message>
        <source>What the KV cache holds: keys and values rounded to half precision, llama.cpp&apos;s default, or full float</source>
        <translation>Was der KV-Cache enthält: Schlüssel und Werte auf halbe Genauigkeit gerundet (Standard von llama.cpp) oder in voller Gleitkommagenauigkeit</translation>
    </message>
    <message>
        <source>KV cache:</source>
        <translation>KV-Cache:</translation>
    </message>
    <message>
        <source>Evaluation text</source>
        <translation>Auswertungstext</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 · CPU emulation</source>
        <translation>%1 · CPU-Emulation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot run the engine: %2</source>
        <translation>%1 kann die Engine nicht ausführen: %2</translation>
    </message>
    <message>
        <source>%1 is a CPU emulation of Vulkan (Mesa&apos;s lavapipe): quality figures are exact, but its speed says nothing about a GPU.</source>
        <translation>%1 ist eine CPU-Emulation von Vulkan (lavapipe von Mesa): Die Qualitätskennzahlen sind exakt, aber die Geschwindigkeit sagt nichts über eine GPU aus.</translation>
    </message>
    <message>
        <source>The CPU reference engine computes in float for exactness, not speed: use it to check quality.</source>
        <translation>Die CPU-Referenz-Engine rechnet für Exaktheit in Gleitkomma, nicht für Geschwindigkeit: Verwenden Sie sie zur Qualitätsprüfung.</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <source>calls per %1 min</source>
        <translation>Aufrufe pro %1 min</translation>
    </message>
    <message>
        <source>call chain depth</source>
        <translation>Tiefe der Aufrufkette</translation>
    </message>
    <message>
        <source>finding anomalies</source>
        <translation>Suche nach Anomalien</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Spend spike</source>
        <translation>Ausgabenspitze</translation>
    </message>
    <message>
        <source>Shadow spend</source>
        <translation>Schattenausgaben</translation>
    </message>
    <message>
        <source>Agent loop</source>
        <translation>Agentenschleife</translation>
    </message>
    <message>
        <source>Retry storm</source>
        <translation>Wiederholungssturm</translation>
    </message>
    <message>
        <source>Context bloat</source>
        <translation>Kontextaufblähung</translation>
    </message>
    <message>
        <source>Unpriced model</source>
        <translation>Modell ohne Preis</translation>
    </message>
    <message>
        <source>Daily list spend of each %1 is compared with the median of the same weekday over the previous %2 weeks (weekends are compared with weekends). A day is a spike when its spend exceeds that median by more than the largest of %3 × 1.4826 × MAD (median absolute deviation of those weekdays), %4% of the median and $%5. The series must have spent on at least %6 of those weekdays. Excess = spend − median, summed over consecutive spike days.</source>
        <translation>Die täglichen Ausgaben zu Listenpreisen je %1 werden mit dem Median desselben Wochentags der vorangegangenen %2 Wochen verglichen (Wochenenden mit Wochenenden). Ein Tag ist eine Spitze, wenn seine Ausgaben diesen Median um mehr als den größten dieser Werte übersteigen: %3 × 1,4826 × MAD (Median der absoluten Abweichungen dieser Wochentage), %4 % des Medians und $%5. Die Reihe muss an mindestens %6 dieser Wochentage Ausgaben aufweisen. Mehrkosten = Ausgaben − Median, summiert über aufeinanderfolgende Spitzentage.</translation>
    </message>
    <message>
        <source>Spend on an API key (or, for calls without a key, a model) whose calls carry no cost center and no owner, after attribution rules: nobody claims it. A key is reported once its spend reaches $%1. Excess = all of that spend; severity by that amount alone (there is no baseline). A key first seen more than %2 days after the workspace&apos;s first day is new, which raises its severity one step.</source>
        <translation>Ausgaben für einen API-Schlüssel (oder, bei Aufrufen ohne Schlüssel, für ein Modell), dessen Aufrufe nach Anwendung der Zuordnungsregeln weder eine Kostenstelle noch einen Verantwortlichen haben: Niemand beansprucht sie. Ein Schlüssel wird gemeldet, sobald seine Ausgaben $%1 erreichen. Mehrkosten = diese gesamten Ausgaben; der Schweregrad richtet sich allein nach diesem Betrag (es gibt keine Basislinie). Ein Schlüssel, der erstmals mehr als %2 Tage nach dem ersten Tag des Arbeitsbereichs auftaucht, gilt als neu, was seinen Schweregrad um eine Stufe erhöht.</translation>
    </message>
    <message>
        <source>Calls of each task (or agent, without task ids) per %1-minute window. Norm: the median peak window of the project&apos;s other tasks (none: only the floor applies; for an agent, the median of its own windows). Runaway: at least %2 calls and %3 × the norm in a window; adjacent runaway windows form one loop. A parent_call_id chain of %4 or more calls is a loop at any pace. Excess = cost × (1 − norm × windows / calls); for a slow loop, the norm is the median calls per task of the project&apos;s other tasks.</source>
        <translation>Aufrufe jeder Aufgabe (oder jedes Agenten, wenn keine Aufgaben-IDs vorhanden sind) pro %1-Minuten-Fenster. Norm: der Median der Spitzenfenster der anderen Aufgaben des Projekts (keine: Es gilt nur die Untergrenze; bei einem Agenten der Median seiner eigenen Fenster). Außer Kontrolle: mindestens %2 Aufrufe und %3 × Norm in einem Fenster; benachbarte Fenster außer Kontrolle bilden eine Schleife. Eine parent_call_id-Kette aus %4 oder mehr Aufrufen ist unabhängig vom Tempo eine Schleife. Mehrkosten = Kosten × (1 − Norm × Fenster / Aufrufe); bei einer langsamen Schleife ist die Norm der Median der Aufrufe pro Aufgabe der anderen Aufgaben des Projekts.</translation>
    </message>
    <message>
        <source>Error calls per %1-minute window of each API key and model against that pair&apos;s mean errors per window over the whole workspace. A burst: at least %2 errors and %3 × the mean. Excess = the cost of the burst&apos;s error calls beyond the mean.</source>
        <translation>Fehlerhafte Aufrufe pro %1-Minuten-Fenster je API-Schlüssel und Modell im Vergleich zum Mittelwert der Fehler pro Fenster dieses Paares über den gesamten Arbeitsbereich. Eine Häufung: mindestens %2 Fehler und %3 × Mittelwert. Mehrkosten = die Kosten der fehlerhaften Aufrufe der Häufung über dem Mittelwert.</translation>
    </message>
    <message>
        <source>Input tokens per call of each workflow (project) per day, against the median of its previous %1 days with at least %2 calls (bloated days excluded; at least %3 such days needed). Bloat: %4× the baseline or more on %5 or more consecutive days. Excess = cost − calls × the baseline days&apos; median cost per call.</source>
        <translation>Eingabetoken pro Aufruf jedes Workflows (Projekts) pro Tag im Vergleich zum Median seiner vorangegangenen %1 Tage mit mindestens %2 Aufrufen (aufgeblähte Tage ausgenommen; mindestens %3 solche Tage erforderlich). Aufblähung: %4 × Basislinie oder mehr an %5 oder mehr aufeinanderfolgenden Tagen. Mehrkosten = Kosten − Aufrufe × Median der Kosten pro Aufruf an den Basislinientagen.</translation>
    </message>
    <message>
        <source>Calls to a model with no list price in the catalog or the workspace&apos;s prices. Their cost is unknown (never counted as $0), so the excess is unknown. Severity: medium, high above %1% of all calls.</source>
        <translation>Aufrufe eines Modells ohne Listenpreis im Katalog oder in den Preisen des Arbeitsbereichs. Ihre Kosten sind unbekannt (nie als $0 gezählt), daher sind auch die Mehrkosten unbekannt. Schweregrad: mittel; hoch, wenn mehr als %1 % aller Aufrufe betroffen sind.</translation>
    </message>
    <message>
        <source>

Severity: critical from $%1 excess (or %2× with $%3); high from $%3 (or %4× with $%5); medium from $%5 or %6×; low below.</source>
        <translation>

Schweregrad: kritisch ab $%1 Mehrkosten (oder %2× bei $%3); hoch ab $%3 (oder %4× bei $%5); mittel ab $%5 oder %6×; darunter niedrig.</translation>
    </message>
    <message>
        <source>input tokens per call</source>
        <translation>Eingabetoken pro Aufruf</translation>
    </message>
    <message>
        <source>errors per %1 min</source>
        <translation>Fehler pro %1 min</translation>
    </message>
    <message>
        <source>unowned list spend (USD)</source>
        <translation>Ausgaben ohne Verantwortlichen zu Listenpreisen (USD)</translation>
    </message>
    <message>
        <source>list spend (USD)</source>
        <translation>Ausgaben zu Listenpreisen (USD)</translation>
    </message>
    <message>
        <source>unpriced calls</source>
        <translation>Aufrufe ohne Preis</translation>
    </message>
</context>
<context>
    <name>AnomaliesPage</name>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>Could not look for anomalies: %1</source>
        <translation>Suche nach Anomalien fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Looking for anomalies in the calls of the period…</source>
        <translation>Anomalien in den Aufrufen des Zeitraums werden gesucht…</translation>
    </message>
    <message>
        <source>List spend per day (USD); anomalies shaded by kind (spans shorter than a day widened to their day)</source>
        <translation>Ausgaben zu Listenpreisen pro Tag (USD); Anomalien nach Art schattiert (Zeitspannen unter einem Tag auf ihren ganzen Tag erweitert)</translation>
    </message>
    <message>
        <source>Daily list spend of the whole workspace. Shaded: when each anomaly happened; shadow spend and unpriced models last for weeks and are only listed.</source>
        <translation>Tägliche Ausgaben zu Listenpreisen des gesamten Arbeitsbereichs. Schattiert: wann jede Anomalie auftrat; Schattenausgaben und Modelle ohne Preis erstrecken sich über Wochen und werden nur aufgelistet.</translation>
    </message>
    <message>
        <source>Select an anomaly to see how it was found and the calls behind it.</source>
        <translation>Wählen Sie eine Anomalie aus, um zu sehen, wie sie gefunden wurde und welche Aufrufe dahinterstehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence calls&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufrufe als Nachweis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it was found&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie sie gefunden wurde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the evidence calls: %1</source>
        <translation>Die Aufrufe als Nachweis konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Excess: list cost above each detector&apos;s baseline. The header counts spend that shows in several anomalies once: of the spend spikes of one day (per cost center, model and key) only the largest counts, and a spike during a loop, retry storm or context bloat is that anomaly&apos;s spend. Each row&apos;s own excess is in the table; their sum is shown beside the header&apos;s when the two differ.</source>
        <translation>Mehrkosten: Listenkosten über der Basislinie des jeweiligen Detektors. Die Kopfzeile zählt Ausgaben, die in mehreren Anomalien auftauchen, nur einmal: Von den Ausgabenspitzen eines Tages (pro Kostenstelle, Modell und Schlüssel) zählt nur die größte, und eine Spitze während einer Schleife, eines Wiederholungssturms oder einer Kontextaufblähung zählt zu den Ausgaben dieser Anomalie. Die Mehrkosten jeder Zeile stehen in der Tabelle; ihre Summe wird neben dem Wert der Kopfzeile angezeigt, wenn die beiden voneinander abweichen.</translation>
    </message>
    <message>
        <source>No anomalies found.</source>
        <translation>Keine Anomalien gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(s) · %1 critical, %2 high · estimated excess %3</source>
        <translation>
            <numerusform>%n Anomalie · %1 kritisch, %2 hoch · geschätzte Mehrkosten %3</numerusform>
            <numerusform>%n Anomalien · %1 kritisch, %2 hoch · geschätzte Mehrkosten %3</numerusform>
        </translation>
    </message>
    <message>
        <source> (the rows add up to %1: overlapping anomalies are counted once here)</source>
        <translation> (die Zeilen ergeben zusammen %1: Sich überschneidende Anomalien werden hier nur einmal gezählt)</translation>
    </message>
    <message numerus="yes">
        <source> · %n without an estimate (unpriced)</source>
        <translation>
            <numerusform> · %n ohne Schätzung (ohne Preis)</numerusform>
            <numerusform> · %n ohne Schätzung (ohne Preis)</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 – %4 (UTC)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 – %4 (UTC)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Excess cost: &lt;b&gt;%1&lt;/b&gt; · severity %2 · %3 calls&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mehrkosten: &lt;b&gt;%1&lt;/b&gt; · Schweregrad %2 · %3 Aufrufe&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence calls&lt;/b&gt; (the first %1 events of %2 calls)</source>
        <translation>&lt;b&gt;Aufrufe als Nachweis&lt;/b&gt; (die ersten %1 Ereignisse von %2 Aufrufen)</translation>
    </message>
    <message>
        <source>List spend per day with anomalies shaded</source>
        <translation>Ausgaben zu Listenpreisen pro Tag, Anomalien schattiert</translation>
    </message>
    <message>
        <source>How the selected anomaly was found</source>
        <translation>Wie die ausgewählte Anomalie gefunden wurde</translation>
    </message>
    <message>
        <source>Evidence calls</source>
        <translation>Aufrufe als Nachweis</translation>
    </message>
</context>
<context>
    <name>AnomalyModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 against %3 (%4×)</source>
        <translation>%1: %2 gegenüber %3 (%4×)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The model has no price: its cost, and so the excess, is unknown (never counted as $0).</source>
        <translation>Das Modell hat keinen Preis: Seine Kosten und damit die Mehrkosten sind unbekannt (nie als $0 gezählt).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Excess cost</source>
        <translation>Mehrkosten</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Which detector found it: spend spike, shadow spend, agent loop, retry storm, context bloat or unpriced model.</source>
        <translation>Welcher Detektor sie gefunden hat: Ausgabenspitze, Schattenausgaben, Agentenschleife, Wiederholungssturm, Kontextaufblähung oder Modell ohne Preis.</translation>
    </message>
    <message>
        <source>The cost center, model, API key, project, task or agent the anomaly is about.</source>
        <translation>Worauf sich die Anomalie bezieht: Kostenstelle, Modell, API-Schlüssel, Projekt, Aufgabe oder Agent.</translation>
    </message>
    <message>
        <source>First day, or first call, of the anomaly (UTC).</source>
        <translation>Erster Tag oder erster Aufruf der Anomalie (UTC).</translation>
    </message>
    <message>
        <source>End of the last day, or just after the last call (UTC, exclusive).</source>
        <translation>Ende des letzten Tages oder direkt nach dem letzten Aufruf (UTC, exklusiv).</translation>
    </message>
    <message>
        <source>From the excess cost and the ratio to the baseline; the rule is in the method text.</source>
        <translation>Aus den Mehrkosten und dem Verhältnis zur Basislinie; die Regel steht in der Methodenbeschreibung.</translation>
    </message>
    <message>
        <source>Estimated list cost above what the baseline expects (for shadow spend: all unowned spend).</source>
        <translation>Geschätzte Listenkosten über dem, was die Basislinie erwarten lässt (bei Schattenausgaben: alle Ausgaben ohne Verantwortlichen).</translation>
    </message>
    <message>
        <source>Calls behind the anomaly (the evidence).</source>
        <translation>Aufrufe hinter der Anomalie (der Nachweis).</translation>
    </message>
    <message>
        <source>What the detector measured against its baseline.</source>
        <translation>Was der Detektor im Vergleich zu seiner Basislinie gemessen hat.</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>Rule %1: </source>
        <translation>Regel %1: </translation>
    </message>
    <message>
        <source>choose the field to match.</source>
        <translation>wählen Sie das abzugleichende Feld.</translation>
    </message>
    <message>
        <source>type a pattern, e.g. key_eng_* or *.</source>
        <translation>geben Sie ein Muster ein, z. B. key_eng_* oder *.</translation>
    </message>
    <message>
        <source>name the cost center it attributes to.</source>
        <translation>geben Sie die Kostenstelle an, der die Regel zuordnet.</translation>
    </message>
    <message>
        <source>the pattern is not valid.</source>
        <translation>das Muster ist ungültig.</translation>
    </message>
</context>
<context>
    <name>AttributionPage</name>
    <message>
        <source>Pick a field or type a source attribute: tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.&lt;attribute&gt;.</source>
        <translation>Wählen Sie ein Feld oder geben Sie ein Quellattribut ein: tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.&lt;attribute&gt;.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Give every call a cost center, team and owner. Rules apply, in order, to calls whose source names no cost center: the first rule whose field matches its pattern wins. Calls that no rule claims stay &lt;b&gt;unattributed&lt;/b&gt; — shadow spend until someone owns them.</source>
        <translation>Weisen Sie jedem Aufruf eine Kostenstelle, ein Team und einen Verantwortlichen zu. Die Regeln gelten der Reihe nach für Aufrufe, deren Quelle keine Kostenstelle nennt: Die erste Regel, deren Feld ihrem Muster entspricht, gewinnt. Aufrufe, die keine Regel erfasst, bleiben &lt;b&gt;nicht zugeordnet&lt;/b&gt; — Schattenausgaben, bis jemand sie übernimmt.</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation>Eine Regel nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rules</source>
        <translation>Die ausgewählten Regeln entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Earlier rules win</source>
        <translation>Frühere Regeln haben Vorrang</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Later rules lose to earlier ones</source>
        <translation>Spätere Regeln unterliegen früheren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the rules; new imports use them (Ctrl+S)</source>
        <translation>Regeln speichern; neue Importe verwenden sie (Strg+S)</translation>
    </message>
    <message>
        <source>Apply to &amp;workspace…</source>
        <translation>Auf &amp;Arbeitsbereich anwenden…</translation>
    </message>
    <message>
        <source>Save, then re-attribute every call already imported</source>
        <translation>Speichern und dann jeden bereits importierten Aufruf neu zuordnen</translation>
    </message>
    <message>
        <source>Attribute selected &amp;key…</source>
        <translation>Ausgewählten &amp;Schlüssel zuordnen…</translation>
    </message>
    <message>
        <source>Add a rule that gives the selected API key a cost center</source>
        <translation>Eine Regel hinzufügen, die dem ausgewählten API-Schlüssel eine Kostenstelle zuweist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unattributed: %1&lt;/b&gt; in %2 calls, by API key (double-click a key to attribute it):</source>
        <translation>&lt;b&gt;Nicht zugeordnet: %1&lt;/b&gt; in %2 Aufrufen, nach API-Schlüssel (Doppelklick auf einen Schlüssel ordnet ihn zu):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every call is attributed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jeder Aufruf ist zugeordnet.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Canceled; the workspace was not changed.</source>
        <translation>Abgebrochen; der Arbeitsbereich wurde nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Re-attributed %n call(s).</source>
        <translation>
            <numerusform>%n Aufruf neu zugeordnet.</numerusform>
            <numerusform>%n Aufrufe neu zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rule(s). New imports use them; apply them to the workspace to re-attribute what is already imported.</source>
        <translation>
            <numerusform>%n Regel gespeichert. Neue Importe verwenden sie; wenden Sie sie auf den Arbeitsbereich an, um bereits Importiertes neu zuzuordnen.</numerusform>
            <numerusform>%n Regeln gespeichert. Neue Importe verwenden sie; wenden Sie sie auf den Arbeitsbereich an, um bereits Importiertes neu zuzuordnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved rules</source>
        <translation>Ungespeicherte Regeln</translation>
    </message>
    <message>
        <source>Save the changed attribution rules?</source>
        <translation>Die geänderten Zuordnungsregeln speichern?</translation>
    </message>
    <message>
        <source>Re-attributing calls…</source>
        <translation>Aufrufe werden neu zugeordnet…</translation>
    </message>
    <message>
        <source>Select an API key in the unattributed list first.</source>
        <translation>Wählen Sie zuerst einen API-Schlüssel in der Liste der nicht zugeordneten Aufrufe aus.</translation>
    </message>
    <message>
        <source>These calls carry no API key: attribute them by project or a source attribute.</source>
        <translation>Diese Aufrufe haben keinen API-Schlüssel: Ordnen Sie sie nach Projekt oder einem Quellattribut zu.</translation>
    </message>
    <message>
        <source>Attribute API key</source>
        <translation>API-Schlüssel zuordnen</translation>
    </message>
    <message>
        <source>Cost center for calls with API key %1:</source>
        <translation>Kostenstelle für Aufrufe mit API-Schlüssel %1:</translation>
    </message>
    <message>
        <source>Rule added. Save, then apply it to the workspace to attribute the calls already imported.</source>
        <translation>Regel hinzugefügt. Speichern Sie sie und wenden Sie sie dann auf den Arbeitsbereich an, um die bereits importierten Aufrufe zuzuordnen.</translation>
    </message>
    <message>
        <source>Attribution rules</source>
        <translation>Zuordnungsregeln</translation>
    </message>
    <message>
        <source>Unattributed spend</source>
        <translation>Nicht zugeordnete Ausgaben</translation>
    </message>
</context>
<context>
    <name>BreakEvenTab</name>
    <message>
        <source>Owned hardware</source>
        <translation>Eigene Hardware</translation>
    </message>
    <message>
        <source>Rented GPU</source>
        <translation>Gemietete GPU</translation>
    </message>
    <message>
        <source>The server is bought and depreciated straight-line over its years</source>
        <translation>Der Server wird gekauft und über seine Nutzungsdauer linear abgeschrieben</translation>
    </message>
    <message>
        <source>The GPU is rented by the hour (cloud on-demand or reserved); no depreciation</source>
        <translation>Die GPU wird stundenweise gemietet (Cloud on demand oder reserviert); keine Abschreibung</translation>
    </message>
    <message>
        <source>Purchase price of the server with its GPUs (default: one data-center GPU server, about $35,000)</source>
        <translation>Kaufpreis des Servers mit seinen GPUs (Standard: ein GPU-Server für Rechenzentren, ca. 35.000 $)</translation>
    </message>
    <message>
        <source>Hardware price:</source>
        <translation>Hardwarepreis:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Straight-line depreciation period; 3 years is the usual book life of GPU servers</source>
        <translation>Zeitraum der linearen Abschreibung; 3 Jahre sind die übliche buchhalterische Nutzungsdauer von GPU-Servern</translation>
    </message>
    <message>
        <source>Depreciation:</source>
        <translation>Abschreibung:</translation>
    </message>
    <message>
        <source> an hour</source>
        <translation> pro Stunde</translation>
    </message>
    <message>
        <source>The GPU&apos;s hourly price, paid whether it is busy or not</source>
        <translation>Stundenpreis der GPU, zu zahlen, ob sie ausgelastet ist oder nicht</translation>
    </message>
    <message>
        <source>GPU rent:</source>
        <translation>GPU-Miete:</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Average power draw of the server, cooling included (PUE); drawn all hours</source>
        <translation>Durchschnittliche Leistungsaufnahme des Servers einschließlich Kühlung (PUE); fällt rund um die Uhr an</translation>
    </message>
    <message>
        <source>Power draw:</source>
        <translation>Leistungsaufnahme:</translation>
    </message>
    <message>
        <source> per kWh</source>
        <translation> pro kWh</translation>
    </message>
    <message>
        <source>Electricity tariff</source>
        <translation>Stromtarif</translation>
    </message>
    <message>
        <source>Electricity:</source>
        <translation>Strom:</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> pro Monat</translation>
    </message>
    <message>
        <source>Rack space, network, storage and monitoring for the server</source>
        <translation>Rackplatz, Netzwerk, Speicher und Monitoring für den Server</translation>
    </message>
    <message>
        <source>Hosting:</source>
        <translation>Hosting:</translation>
    </message>
    <message>
        <source>The share of MLOps salaries this server takes (patching, upgrades, on-call). Leaving it out makes self-hosting look cheaper than it is.</source>
        <translation>Der Anteil der MLOps-Gehälter, der auf diesen Server entfällt (Patches, Upgrades, Rufbereitschaft). Ohne ihn wirkt Self-Hosting günstiger, als es ist.</translation>
    </message>
    <message>
        <source>MLOps share:</source>
        <translation>MLOps-Anteil:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of paid hours the server spends generating. Every cost is per hour, so $ per 1M tokens is inversely proportional to it: 30% costs three times what 90% does.</source>
        <translation>Anteil der bezahlten Stunden, in denen der Server generiert. Alle Kosten fallen pro Stunde an, daher ist $ pro 1 Mio. Token umgekehrt proportional dazu: 30 % kosten dreimal so viel wie 90 %.</translation>
    </message>
    <message>
        <source>Utilization:</source>
        <translation>Auslastung:</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> Token/s</translation>
    </message>
    <message>
        <source>Tokens the server processes per second at full load, prompt and generated, all concurrent requests together (the API side counts both). A saved A/B run gives its single-stream decode speed, a lower bound for batched serving.</source>
        <translation>Token, die der Server bei Volllast pro Sekunde verarbeitet, Prompt und generierte zusammen, über alle gleichzeitigen Anfragen (die API-Seite zählt beides). Ein gespeicherter A/B-Lauf liefert seine Dekodiergeschwindigkeit mit einem einzelnen Stream, eine Untergrenze für das Serving mit Batching.</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>Durchsatz:</translation>
    </message>
    <message>
        <source>Take the throughput from a saved A/B run (its model B&apos;s median decode speed)</source>
        <translation>Durchsatz aus einem gespeicherten A/B-Lauf übernehmen (Median der Dekodiergeschwindigkeit seines Modells B)</translation>
    </message>
    <message>
        <source>From A/B run:</source>
        <translation>Aus A/B-Lauf:</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Type the monthly tokens and what the API charges for them</source>
        <translation>Monatliche Token und die dafür von der API berechneten Kosten eingeben</translation>
    </message>
    <message>
        <source>The API side is the workspace&apos;s tokens and list cost over the period chosen, per average month</source>
        <translation>Die API-Seite sind die Token und Kosten zu Listenpreisen des Arbeitsbereichs im gewählten Zeitraum, umgerechnet auf einen durchschnittlichen Monat</translation>
    </message>
    <message>
        <source>API volume:</source>
        <translation>API-Volumen:</translation>
    </message>
    <message>
        <source> tokens a month</source>
        <translation> Token pro Monat</translation>
    </message>
    <message>
        <source>Input and output tokens a month that the server would take over</source>
        <translation>Eingabe- und Ausgabetoken pro Monat, die der Server übernehmen würde</translation>
    </message>
    <message>
        <source>Monthly tokens:</source>
        <translation>Token pro Monat:</translation>
    </message>
    <message>
        <source>What the API charges for those tokens a month</source>
        <translation>Was die API für diese Token pro Monat berechnet</translation>
    </message>
    <message>
        <source>API spend:</source>
        <translation>API-Ausgaben:</translation>
    </message>
    <message>
        <source>$ per 1M tokens against utilization</source>
        <translation>$ pro 1 Mio. Token in Abhängigkeit von der Auslastung</translation>
    </message>
    <message>
        <source>Sensitivity: $ per 1M with each input 20% lower and higher</source>
        <translation>Sensitivität: $ pro 1 Mio. mit jedem Eingabewert 20 % niedriger bzw. höher</translation>
    </message>
    <message>
        <source>Self-hosting</source>
        <translation>Self-Hosting</translation>
    </message>
    <message>
        <source>(typed)</source>
        <translation>(manuell)</translation>
    </message>
    <message>
        <source>GPU rent</source>
        <translation>GPU-Miete</translation>
    </message>
    <message>
        <source>Hardware price</source>
        <translation>Hardwarepreis</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Abschreibung</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>Power draw</source>
        <translation>Leistungsaufnahme</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>MLOps share</source>
        <translation>MLOps-Anteil</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>API tokens a month</source>
        <translation>API-Token pro Monat</translation>
    </message>
    <message>
        <source>API spend a month</source>
        <translation>API-Ausgaben pro Monat</translation>
    </message>
    <message>
        <source>Server cost a month</source>
        <translation>Serverkosten pro Monat</translation>
    </message>
    <message>
        <source>Self-hosted $ per 1M</source>
        <translation>$ pro 1 Mio. (Self-Hosting)</translation>
    </message>
    <message>
        <source>API $ per 1M</source>
        <translation>$ pro 1 Mio. (API)</translation>
    </message>
    <message>
        <source>Servers needed</source>
        <translation>Benötigte Server</translation>
    </message>
    <message>
        <source>Self-hosted a month</source>
        <translation>Self-Hosting pro Monat</translation>
    </message>
    <message>
        <source>API a month</source>
        <translation>API pro Monat</translation>
    </message>
    <message>
        <source>Saved a month</source>
        <translation>Ersparnis pro Monat</translation>
    </message>
    <message>
        <source>Break-even volume</source>
        <translation>Volumen am Break-even-Punkt</translation>
    </message>
    <message>
        <source>%1 tokens a month</source>
        <translation>%1 Token pro Monat</translation>
    </message>
    <message>
        <source>Break-even utilization</source>
        <translation>Auslastung am Break-even-Punkt</translation>
    </message>
    <message>
        <source>above 100%</source>
        <translation>über 100 %</translation>
    </message>
    <message>
        <source>&lt;p&gt;The server costs &lt;b&gt;%1 a month&lt;/b&gt;: &lt;b&gt;%2 per 1M tokens&lt;/b&gt; at %3 utilization, against the API&apos;s &lt;b&gt;%4 per 1M&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Server kostet &lt;b&gt;%1 pro Monat&lt;/b&gt;: &lt;b&gt;%2 pro 1 Mio. Token&lt;/b&gt; bei %3 Auslastung, gegenüber &lt;b&gt;%4 pro 1 Mio.&lt;/b&gt; bei der API.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 tokens a month need %n server(s) at that utilization, busy %2 of the time with this volume: %3 a month against the API&apos;s %4.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 Token pro Monat benötigen bei dieser Auslastung %n Server, der bei diesem Volumen %2 der Zeit ausgelastet ist: %3 pro Monat gegenüber %4 bei der API.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 Token pro Monat benötigen bei dieser Auslastung %n Server, die bei diesem Volumen %2 der Zeit ausgelastet sind: %3 pro Monat gegenüber %4 bei der API.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;Self-hosting %1 &lt;b&gt;%2&lt;/b&gt; a month.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Self-Hosting %1 &lt;b&gt;%2&lt;/b&gt; pro Monat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>saves</source>
        <translation>spart</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>kostet zusätzlich</translation>
    </message>
    <message>
        <source>&lt;p&gt;One server breaks even at &lt;b&gt;%1 tokens a month&lt;/b&gt;; to match the API&apos;s price per token it must be busy %2 of the time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Server erreicht den Break-even-Punkt bei &lt;b&gt;%1 Token pro Monat&lt;/b&gt;; um den Preis pro Token der API zu erreichen, muss er %2 der Zeit ausgelastet sein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>more than 100%</source>
        <translation>mehr als 100 %</translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation>Self-Hosting</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>stated utilization</source>
        <translation>angegebene Auslastung</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>input 20% lower</source>
        <translation>Eingabewert 20 % niedriger</translation>
    </message>
    <message>
        <source>input 20% higher</source>
        <translation>Eingabewert 20 % höher</translation>
    </message>
    <message>
        <source>change in $ per 1M from %1</source>
        <translation>Änderung von $ pro 1 Mio. ausgehend von %1</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>List cost: tokens in each of the six buckets × the price valid at the time of the call. Calls to models without a known price are not counted (they are listed as unpriced, never as $0).</source>
        <translation>Kosten zu Listenpreisen: Token in jeder der sechs Kategorien × der zum Zeitpunkt des Aufrufs gültige Preis. Aufrufe von Modellen ohne bekannten Preis werden nicht gezählt (sie erscheinen als „ohne Preis“, nie als 0 $).</translation>
    </message>
    <message>
        <source>Share of the list cost of the period.</source>
        <translation>Anteil an den Kosten zu Listenpreisen im Zeitraum.</translation>
    </message>
    <message>
        <source>LLM calls (a provider&apos;s aggregated bucket counts its requests).</source>
        <translation>LLM-Aufrufe (bei aggregierten Daten eines Anbieters zählen dessen Anfragen).</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Cost / task</source>
        <translation>Kosten / Aufgabe</translation>
    </message>
    <message>
        <source>CPSO</source>
        <translation>CPSO</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Token eff.</source>
        <translation>Token-Eff.</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Calls whose source names no model (an export not grouped by model): they cannot be priced.</source>
        <translation>Aufrufe, deren Quelle kein Modell nennt (ein nicht nach Modell gruppierter Export): sie können nicht bepreist werden.</translation>
    </message>
    <message>
        <source>Calls that no cost center, team or owner claims: attribute their API keys to stop shadow spend.</source>
        <translation>Aufrufe, die keiner Kostenstelle, keinem Team und keinem Verantwortlichen zugeordnet sind: Ordnen Sie ihre API-Schlüssel zu, um Schattenausgaben zu beenden.</translation>
    </message>
    <message>
        <source>Reported by the provider&apos;s cost export: there are no calls to price in this period.</source>
        <translation>Aus dem Kostenexport des Anbieters gemeldet: In diesem Zeitraum gibt es keine Aufrufe, die bepreist werden könnten.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to unpriced models not included: %1</source>
        <translation>
            <numerusform>%n Aufruf von Modellen ohne Preis nicht enthalten: %1</numerusform>
            <numerusform>%n Aufrufe von Modellen ohne Preis nicht enthalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>— (double-click to set)</source>
        <translation>— (zum Festlegen doppelklicken)</translation>
    </message>
    <message>
        <source>%1 (month complete)</source>
        <translation>%1 (Monat abgeschlossen)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>reached 100 % %1; no later calls to block</source>
        <translation>100 % erreicht am %1; keine späteren Aufrufe zu blockieren</translation>
    </message>
    <message>
        <source>would have stopped %1, blocking %2 of %3 calls</source>
        <translation>hätte am %1 gestoppt und %2 blockiert (%3 Aufrufe)</translation>
    </message>
    <message>
        <source>Monthly budget of %1 in USD of list cost. Double-click to change; 0 removes it. Setting a budget adds alert rules at 80 %, 90 % and 100 % and on a forecast breach.</source>
        <translation>Monatsbudget von %1 in USD zu Listenpreisen. Zum Ändern doppelklicken; 0 entfernt es. Ein Budget fügt Alarmregeln bei 80 %, 90 % und 100 % sowie bei einer Prognoseüberschreitung hinzu.</translation>
    </message>
    <message>
        <source>List cost of the month&apos;s calls from its first day through the as-of day (UTC); calls without a known price are not counted.</source>
        <translation>Kosten zu Listenpreisen der Aufrufe des Monats vom ersten Tag bis einschließlich Stichtag (UTC); Aufrufe ohne bekannten Preis werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Month-end forecast of %1 days after %2 elapsed: month-to-date plus each remaining day at the mean of its kind so far (working days or weekend days, UTC) = %3.
Interval (10th–90th percentile): ± 1.28 × standard deviation of the daily spend around its kind&apos;s mean (%4/day) × √%5 remaining days.</source>
        <translation>Prognose zum Monatsende (%1 Tage, davon %2 vergangen): Stand seit Monatsbeginn plus jeder verbleibende Tag zum bisherigen Mittelwert seiner Art (Werktage oder Wochenendtage, UTC) = %3.
Intervall (10.–90. Perzentil): ± 1,28 × Standardabweichung der täglichen Ausgaben um den Mittelwert ihrer Art (%4/Tag) × √%5 verbleibende Tage.</translation>
    </message>
    <message>
        <source>Alert rules that fired this month:</source>
        <translation>Alarmregeln, die diesen Monat ausgelöst wurden:</translation>
    </message>
    <message>
        <source>forecast above %1 of the budget on %2 (judged from day 7)</source>
        <translation>Prognose über %1 des Budgets am %2 (ab Tag 7 bewertet)</translation>
    </message>
    <message>
        <source>%1 of the budget spent at %2</source>
        <translation>%1 des Budgets ausgegeben am %2</translation>
    </message>
    <message>
        <source>Circuit breaker: replaying the month&apos;s calls in time order, the call that took spend to 100 % of the budget still runs; a hard stop would have blocked every later call (their list cost and count shown).</source>
        <translation>Budgetsperre (Circuit Breaker): Spielt man die Aufrufe des Monats in zeitlicher Reihenfolge ab, läuft der Aufruf, der die Ausgaben auf 100 % des Budgets bringt, noch durch; ein harter Stopp hätte jeden späteren Aufruf blockiert (angezeigt werden deren Kosten zu Listenpreisen und Anzahl).</translation>
    </message>
    <message>
        <source>Month-to-date as a share of the budget.</source>
        <translation>Stand seit Monatsbeginn als Anteil am Budget.</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Seit Monatsbeginn</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Month-end forecast (10–90 %)</source>
        <translation>Prognose zum Monatsende (10–90 %)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Budgetsperre</translation>
    </message>
    <message>
        <source>Bar: month-to-date (dark) and forecast (light) with whiskers at the 10th and 90th percentile; the red mark is the budget.</source>
        <translation>Balken: Stand seit Monatsbeginn (dunkel) und Prognose (hell) mit Whiskern beim 10. und 90. Perzentil; die rote Markierung ist das Budget.</translation>
    </message>
    <message>
        <source>Budget alert rules that fired this month: 80 %, 90 %, 100 % of the budget spent, and the forecast above the budget.</source>
        <translation>Budget-Alarmregeln, die diesen Monat ausgelöst wurden: 80 %, 90 %, 100 % des Budgets ausgegeben sowie Prognose über dem Budget.</translation>
    </message>
    <message>
        <source>What a hard stop at 100 % of the budget would have blocked this month.</source>
        <translation>Was ein harter Stopp bei 100 % des Budgets diesen Monat blockiert hätte.</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write the alert rules: %1</source>
        <translation>Die Alarmregeln können nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>The calendar month (UTC) that holds the as-of day, from its first day through the as-of day. Spend is list cost from the price catalog.</source>
        <translation>Der Kalendermonat (UTC), der den Stichtag enthält, vom ersten Tag bis einschließlich Stichtag. Ausgaben sind Kosten zu Listenpreisen aus dem Preiskatalog.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Export alert rules…</source>
        <translation>Alarmregeln exportieren…</translation>
    </message>
    <message>
        <source>Write the budgets and anomaly thresholds as Prometheus alerting rules (YAML) for LiteLLM&apos;s litellm_spend_metric_total by team_alias; check them with promtool check rules.</source>
        <translation>Die Budgets und Anomalie-Schwellenwerte als Prometheus-Alarmregeln (YAML) für litellm_spend_metric_total von LiteLLM nach team_alias schreiben; prüfen Sie sie mit promtool check rules.</translation>
    </message>
    <message>
        <source>Change budget</source>
        <translation>Budget ändern</translation>
    </message>
    <message>
        <source>Export alert rules</source>
        <translation>Alarmregeln exportieren</translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation>Prometheus-Regeln (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>No calls in this workspace yet.</source>
        <translation>Noch keine Aufrufe in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1, day %2 of %3 (as of %4, UTC). Spend is list cost; double-click a budget to change it.</source>
        <translation>%1, Tag %2 von %3 (Stichtag %4, UTC). Ausgaben sind Kosten zu Listenpreisen; doppelklicken Sie auf ein Budget, um es zu ändern.</translation>
    </message>
    <message>
        <source>No budgets yet: double-click a cost center&apos;s monthly budget to set one. Alerts at 80 %, 90 % and 100 % and on a forecast breach come with it.</source>
        <translation>Noch keine Budgets: Doppelklicken Sie auf das Monatsbudget einer Kostenstelle, um eines festzulegen. Alarme bei 80 %, 90 % und 100 % sowie bei einer Prognoseüberschreitung kommen automatisch hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n alert rule(s) to %1.</source>
        <translation>
            <numerusform>%n Alarmregel in %1 geschrieben.</numerusform>
            <numerusform>%n Alarmregeln in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day counted (UTC): pick it or type it. It shows the workspace&apos;s last event day until you choose another.</source>
        <translation>Der letzte gezählte Tag (UTC): auswählen oder eingeben. Angezeigt wird der letzte Ereignistag des Arbeitsbereichs, bis Sie einen anderen wählen.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Count up to the workspace&apos;s last event day again.</source>
        <translation>Wieder bis zum letzten Ereignistag des Arbeitsbereichs zählen.</translation>
    </message>
    <message>
        <source>%1 has no budget: set one to see its forecast</source>
        <translation>%1 hat kein Budget: Legen Sie eines fest, um die Prognose zu sehen</translation>
    </message>
    <message>
        <source>%1: cumulative spend, budget and month-end forecast</source>
        <translation>%1: kumulierte Ausgaben, Budget und Prognose zum Monatsende</translation>
    </message>
    <message>
        <source>Spend (cumulative)</source>
        <translation>Ausgaben (kumuliert)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>10–90 % interval</source>
        <translation>Intervall 10–90 %</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>USD (list cost)</source>
        <translation>USD (Listenpreise)</translation>
    </message>
    <message>
        <source>Budgets per cost center</source>
        <translation>Budgets pro Kostenstelle</translation>
    </message>
    <message>
        <source>Cumulative spend, budget and forecast of the selected cost center</source>
        <translation>Kumulierte Ausgaben, Budget und Prognose der ausgewählten Kostenstelle</translation>
    </message>
</context>
<context>
    <name>CacheTab</name>
    <message>
        <source>The model and its provider&apos;s cache rules from the price catalog (Prices page): minimum cacheable tokens, OpenAI&apos;s 128-token steps, Anthropic&apos;s write premiums (1.25× for 5 minutes, 2× for an hour) and reads at 0.1×</source>
        <translation>Das Modell und die Cache-Regeln seines Anbieters aus dem Preiskatalog (Seite „Preise“): minimale cachefähige Token, 128-Token-Schritte bei OpenAI, Schreibaufschläge bei Anthropic (1,25× für 5 Minuten, 2× für eine Stunde) und Lesezugriffe zu 0,1×</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>The request&apos;s static prefix: system prompt, tool definitions, examples, the same on every call. Only this part can be cached.</source>
        <translation>Das statische Präfix der Anfrage: Systemprompt, Tool-Definitionen, Beispiele, bei jedem Aufruf gleich. Nur dieser Teil kann zwischengespeichert werden.</translation>
    </message>
    <message>
        <source>Static prefix:</source>
        <translation>Statisches Präfix:</translation>
    </message>
    <message>
        <source>The part of the input that changes per request (the user&apos;s message, retrieved documents)</source>
        <translation>Der Teil der Eingabe, der sich pro Anfrage ändert (die Nachricht des Nutzers, abgerufene Dokumente)</translation>
    </message>
    <message>
        <source>Variable input:</source>
        <translation>Variable Eingabe:</translation>
    </message>
    <message>
        <source>Tokens generated per request; the same with or without a cache, included in both daily costs</source>
        <translation>Pro Anfrage generierte Token; mit und ohne Cache gleich, in beiden Tageskosten enthalten</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>Requests a day. With replayed arrivals this is the workflow&apos;s own average over the days read.</source>
        <translation>Anfragen pro Tag. Bei nachgespielten Ankünften ist dies der eigene Durchschnitt des Workflows über die gelesenen Tage.</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Uniform over 24 hours</source>
        <translation>Gleichmäßig über 24 Stunden</translation>
    </message>
    <message>
        <source>Business hours (9:00–17:00)</source>
        <translation>Geschäftszeiten (9:00–17:00)</translation>
    </message>
    <message>
        <source>Bursts of 10, a second apart</source>
        <translation>Schübe zu je 10, im Sekundenabstand</translation>
    </message>
    <message>
        <source>Replayed from a workflow</source>
        <translation>Aus einem Workflow nachgespielt</translation>
    </message>
    <message>
        <source>When requests arrive decides how many find the cache warm: the hit rate is simulated request by request against the TTL, never assumed</source>
        <translation>Wann Anfragen eintreffen, entscheidet, wie viele den Cache warm vorfinden: Die Trefferquote wird Anfrage für Anfrage gegen die TTL simuliert, nie angenommen</translation>
    </message>
    <message>
        <source>Arrivals:</source>
        <translation>Ankünfte:</translation>
    </message>
    <message>
        <source>A workflow (project, else cost center) or a whole cost center of the workspace: the times of its calls over the period chosen are replayed against the cache</source>
        <translation>Ein Workflow (Projekt, sonst Kostenstelle) oder eine ganze Kostenstelle des Arbeitsbereichs: Die Zeitpunkte seiner Aufrufe im gewählten Zeitraum werden gegen den Cache nachgespielt</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Nachspielen:</translation>
    </message>
    <message>
        <source>Provider&apos;s default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>How long an entry lives. Anthropic: 5 minutes (writes 1.25×) or 1 hour (writes 2×), refreshed on each hit. Gemini explicit: 1 hour by default, not refreshed. OpenAI&apos;s automatic cache cannot be set: idle entries go after 5 minutes, all within the hour.</source>
        <translation>Wie lange ein Eintrag lebt. Anthropic: 5 Minuten (Schreiben 1,25×) oder 1 Stunde (Schreiben 2×), bei jedem Treffer erneuert. Gemini explizit: standardmäßig 1 Stunde, nicht erneuert. Der automatische Cache von OpenAI lässt sich nicht einstellen: Ungenutzte Einträge verfallen nach 5 Minuten, alle innerhalb einer Stunde.</translation>
    </message>
    <message>
        <source>TTL:</source>
        <translation>TTL:</translation>
    </message>
    <message>
        <source>Gemini explicit cache (storage billed per hour)</source>
        <translation>Expliziter Gemini-Cache (Speicher stündlich abgerechnet)</translation>
    </message>
    <message>
        <source>Gemini&apos;s explicit cache: created at the input price, reads 90% off, and storage per 1M tokens per hour it lives ($4.50 for 2.5 Pro, $1.00 for Flash). Unticked: Gemini&apos;s implicit cache, without storage.</source>
        <translation>Expliziter Cache von Gemini: wird zum Eingabepreis angelegt, Lesezugriffe 90 % günstiger, dazu Speicher pro 1 Mio. Token und Stunde seiner Lebensdauer (4,50 $ für 2.5 Pro, 1,00 $ für Flash). Nicht angehakt: impliziter Cache von Gemini, ohne Speicherkosten.</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Use a negotiated input price instead of the catalog&apos;s list price</source>
        <translation>Einen ausgehandelten Eingabepreis statt des Listenpreises aus dem Katalog verwenden</translation>
    </message>
    <message>
        <source> per 1M</source>
        <translation> pro 1 Mio.</translation>
    </message>
    <message>
        <source>A negotiated input price; the cache read and write prices follow by the provider&apos;s multipliers</source>
        <translation>Ein ausgehandelter Eingabepreis; die Preise für Cache-Lesezugriffe und Cache-Schreibvorgänge ergeben sich aus den Multiplikatoren des Anbieters</translation>
    </message>
    <message>
        <source>Input price:</source>
        <translation>Eingabepreis:</translation>
    </message>
    <message>
        <source>$ a month saved against requests a day</source>
        <translation>Ersparnis in $ pro Monat in Abhängigkeit von den Anfragen pro Tag</translation>
    </message>
    <message>
        <source>$ a month saved against the static prefix</source>
        <translation>Ersparnis in $ pro Monat in Abhängigkeit vom statischen Präfix</translation>
    </message>
    <message>
        <source>&lt;b&gt;The workspace&apos;s workflows&lt;/b&gt;: realized savings from the cache reads billed, and potential savings with the prefix cached, simulated on each workflow&apos;s own arrival times (double-click a row to load it above)</source>
        <translation>&lt;b&gt;Die Workflows des Arbeitsbereichs&lt;/b&gt;: realisierte Einsparungen aus abgerechneten Cache-Lesezugriffen und mögliche Einsparungen mit zwischengespeichertem Präfix, simuliert auf den eigenen Ankunftszeiten jedes Workflows (doppelklicken Sie auf eine Zeile, um sie oben zu laden)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>Realisiert</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Unrealized</source>
        <translation>Nicht realisiert</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Median gap</source>
        <translation>Median-Abstand</translation>
    </message>
    <message>
        <source>Gaps &lt; 5 min</source>
        <translation>Abstände &lt; 5 min</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The project, else the cost center, of the calls</source>
        <translation>Das Projekt der Aufrufe, sonst ihre Kostenstelle</translation>
    </message>
    <message>
        <source>The model called; caches are per model</source>
        <translation>Das aufgerufene Modell; Caches gelten pro Modell</translation>
    </message>
    <message>
        <source>Calls in the period chosen</source>
        <translation>Aufrufe im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>The prefix assumed cacheable: the median the cache held where the calls were cached, else the smallest prompt of the workflow (≤: no prefix every call shares can be longer)</source>
        <translation>Das als cachefähig angenommene Präfix: der Median dessen, was der Cache hielt, wo die Aufrufe zwischengespeichert wurden, sonst der kürzeste Prompt des Workflows (≤: kein Präfix, das alle Aufrufe teilen, kann länger sein)</translation>
    </message>
    <message>
        <source>$ a month saved by the cache reads actually billed, less the write premiums paid</source>
        <translation>Ersparnis in $ pro Monat durch tatsächlich abgerechnete Cache-Lesezugriffe, abzüglich gezahlter Schreibaufschläge</translation>
    </message>
    <message>
        <source>$ a month the prefix would save, cached under the provider&apos;s rules, on the calls&apos; own arrival times</source>
        <translation>Ersparnis in $ pro Monat, die das Präfix bringen würde, zwischengespeichert nach den Regeln des Anbieters, auf den eigenen Ankunftszeiten der Aufrufe</translation>
    </message>
    <message>
        <source>Potential less realized: what is left on the table</source>
        <translation>Potenzial abzüglich Realisiertem: was ungenutzt bleibt</translation>
    </message>
    <message>
        <source>Share of the replayed calls that find the prefix cached</source>
        <translation>Anteil der nachgespielten Aufrufe, die das Präfix im Cache vorfinden</translation>
    </message>
    <message>
        <source>Median time between consecutive calls of the workflow and model</source>
        <translation>Median der Zeit zwischen aufeinanderfolgenden Aufrufen von Workflow und Modell</translation>
    </message>
    <message>
        <source>Share of consecutive calls less than 5 minutes apart (a 5-minute TTL keeps these warm)</source>
        <translation>Anteil aufeinanderfolgender Aufrufe mit weniger als 5 Minuten Abstand (eine TTL von 5 Minuten hält für sie den Cache warm)</translation>
    </message>
    <message>
        <source>Why a potential is missing</source>
        <translation>Warum ein Potenzial fehlt</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Caching</translation>
    </message>
    <message>
        <source>Cost center: %1</source>
        <translation>Kostenstelle: %1</translation>
    </message>
    <message>
        <source>Choose a model from the catalog.</source>
        <translation>Wählen Sie ein Modell aus dem Katalog.</translation>
    </message>
    <message>
        <source>The static prefix cannot be negative.</source>
        <translation>Das statische Präfix darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The variable input cannot be negative.</source>
        <translation>Die variable Eingabe darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Output tokens cannot be negative.</source>
        <translation>Ausgabetoken dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The input price must be more than $0 and at most $1,000 per 1M tokens.</source>
        <translation>Der Eingabepreis muss über 0 $ und höchstens bei 1.000 $ pro 1 Mio. Token liegen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n call(s) in the days read: too few to replay (at least %2); choose an arrival pattern instead.</source>
        <translation>
            <numerusform>„%1“ hat in den gelesenen Tagen %n Aufruf: zu wenige zum Nachspielen (mindestens %2); wählen Sie stattdessen ein Ankunftsmuster.</numerusform>
            <numerusform>„%1“ hat in den gelesenen Tagen %n Aufrufe: zu wenige zum Nachspielen (mindestens %2); wählen Sie stattdessen ein Ankunftsmuster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests a day must be between 1 and 10,000,000.</source>
        <translation>Anfragen pro Tag müssen zwischen 1 und 10.000.000 liegen.</translation>
    </message>
    <message>
        <source>%1 has no prompt cache the planner models.</source>
        <translation>%1 hat keinen Prompt-Cache, den der Planer modelliert.</translation>
    </message>
    <message>
        <source>Static prefix (tokens)</source>
        <translation>Statisches Präfix (Token)</translation>
    </message>
    <message>
        <source>Variable input (tokens)</source>
        <translation>Variable Eingabe (Token)</translation>
    </message>
    <message>
        <source>Output (tokens)</source>
        <translation>Ausgabe (Token)</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>replayed from %1</source>
        <translation>nachgespielt aus %1</translation>
    </message>
    <message>
        <source>Requests a day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>as replayed</source>
        <translation>wie nachgespielt</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Gemini explicit cache</source>
        <translation>Expliziter Gemini-Cache</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Input price</source>
        <translation>Eingabepreis</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Cached tokens a request</source>
        <translation>Zwischengespeicherte Token pro Anfrage</translation>
    </message>
    <message>
        <source>Hit rate (simulated)</source>
        <translation>Trefferquote (simuliert)</translation>
    </message>
    <message>
        <source>Cache writes a day</source>
        <translation>Cache-Schreibvorgänge pro Tag</translation>
    </message>
    <message>
        <source>Without caching, a day</source>
        <translation>Ohne Caching, pro Tag</translation>
    </message>
    <message>
        <source>With caching, a day</source>
        <translation>Mit Caching, pro Tag</translation>
    </message>
    <message>
        <source>Storage, a day</source>
        <translation>Speicher, pro Tag</translation>
    </message>
    <message>
        <source>Saved a month</source>
        <translation>Ersparnis pro Monat</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even-Punkt</translation>
    </message>
    <message>
        <source>n/a (replayed arrivals)</source>
        <translation>k. A. (nachgespielte Ankünfte)</translation>
    </message>
    <message>
        <source>%1 requests a day</source>
        <translation>%1 Anfragen pro Tag</translation>
    </message>
    <message>
        <source>never (up to 1,000,000 a day)</source>
        <translation>nie (bis 1.000.000 pro Tag)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 prefix tokens cached a request. &lt;b&gt;Hit rate %3&lt;/b&gt; (%4 hits, %5 writes in %6 requests simulated).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 von %2 Präfix-Token pro Anfrage zwischengespeichert. &lt;b&gt;Trefferquote %3&lt;/b&gt; (%4 Treffer, %5 Schreibvorgänge bei %6 simulierten Anfragen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Without caching &lt;b&gt;%1&lt;/b&gt; a day; with caching &lt;b&gt;%2&lt;/b&gt; a day (writes included%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ohne Caching &lt;b&gt;%1&lt;/b&gt; pro Tag; mit Caching &lt;b&gt;%2&lt;/b&gt; pro Tag (einschließlich Schreibvorgängen%3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, storage %1</source>
        <translation>, Speicher %1</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;%1 &lt;b&gt;%2&lt;/b&gt; a month.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;%1 &lt;b&gt;%2&lt;/b&gt; pro Monat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Spart</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostet zusätzlich</translation>
    </message>
    <message>
        <source>&lt;p&gt;Caching pays from &lt;b&gt;%1 requests a day&lt;/b&gt; arriving this way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Caching lohnt sich ab &lt;b&gt;%1 Anfragen pro Tag&lt;/b&gt;, die auf diese Weise eintreffen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Caching never pays at up to 1,000,000 requests a day arriving this way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei Anfragen, die auf diese Weise eintreffen, lohnt sich Caching bis 1.000.000 Anfragen pro Tag nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without: every request pays its whole input at the input price. With: the cached tokens at the read price on hits, at the write price on writes, the rest at the input price; output the same in both. $ a month = $ a day × 30.4375.</source>
        <translation>Ohne: Jede Anfrage zahlt ihre gesamte Eingabe zum Eingabepreis. Mit: die zwischengespeicherten Token bei Treffern zum Lesepreis, bei Schreibvorgängen zum Schreibpreis, der Rest zum Eingabepreis; die Ausgabe ist in beiden Fällen gleich. $ pro Monat = $ pro Tag × 30,4375.</translation>
    </message>
    <message>
        <source>requests a day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>static prefix, tokens</source>
        <translation>statisches Präfix, Token</translation>
    </message>
    <message>
        <source>$ a month saved against the static prefix, at %1 requests a day</source>
        <translation>Ersparnis in $ pro Monat in Abhängigkeit vom statischen Präfix, bei %1 Anfragen pro Tag</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Negotiated input price</source>
        <translation>Ausgehandelter Eingabepreis</translation>
    </message>
    <message>
        <source>Caching per workflow</source>
        <translation>Caching pro Workflow</translation>
    </message>
</context>
<context>
    <name>CallRowsModel</name>
    <message>
        <source>Uncached input tokens, at the input price. Input, Cached, Write 5m, Write 1h and Output do not overlap: each is priced on its own, and together they make the call&apos;s cost.</source>
        <translation>Nicht zwischengespeicherte Eingabetoken, zum Eingabepreis. Eingabe, Im Cache, Schreiben 5m, Schreiben 1h und Ausgabe überschneiden sich nicht: Jede Spalte wird einzeln bepreist, und zusammen ergeben sie die Kosten des Aufrufs.</translation>
    </message>
    <message>
        <source>Input tokens read from the provider&apos;s prompt cache, at the cache-read price</source>
        <translation>Aus dem Prompt-Cache des Anbieters gelesene Eingabetoken, zum Cache-Lesepreis</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache for 5 minutes, at the 5-minute write price</source>
        <translation>Für 5 Minuten in den Prompt-Cache geschriebene Eingabetoken, zum 5-Minuten-Schreibpreis</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache for 1 hour, at the 1-hour write price</source>
        <translation>Für 1 Stunde in den Prompt-Cache geschriebene Eingabetoken, zum 1-Stunden-Schreibpreis</translation>
    </message>
    <message>
        <source>Output tokens, reasoning included</source>
        <translation>Ausgabetoken, einschließlich Reasoning</translation>
    </message>
    <message>
        <source>List cost of the call (unpriced: the model has no known price)</source>
        <translation>Kosten des Aufrufs zu Listenpreisen („ohne Preis“: Für das Modell ist kein Preis bekannt)</translation>
    </message>
    <message>
        <source>Task id and attempt (1 = first try)</source>
        <translation>Aufgaben-ID und Versuch (1 = erster Versuch)</translation>
    </message>
    <message>
        <source>The call&apos;s own outcome; the task&apos;s final outcome in brackets when it differs</source>
        <translation>Das eigene Ergebnis des Aufrufs; in Klammern das Endergebnis der Aufgabe, wenn es abweicht</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Write 5m</source>
        <translation>Schreiben 5m</translation>
    </message>
    <message>
        <source>Write 1h</source>
        <translation>Schreiben 1h</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Aufruf-ID</translation>
    </message>
    <message>
        <source>%1 · %2
Cost center %3 · team %4 · owner %5
API key %6 · project %7</source>
        <translation>%1 · %2
Kostenstelle %3 · Team %4 · Verantwortlicher %5
API-Schlüssel %6 · Projekt %7</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <translation>%1 (Aufgabe: %2)</translation>
    </message>
    <message>
        <source>%1 (%2 calls)</source>
        <translation>%1 (%2 Aufrufe)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Timed runs after one warm-up (default 5).</source>
        <translation>Gemessene Durchläufe nach einem Aufwärmlauf (Standard: 5).</translation>
    </message>
    <message>
        <source>USD per hour of the machine: adds $ per 1M output tokens.</source>
        <translation>USD pro Stunde für die Maschine: ergänzt $ pro 1 Mio. Ausgabetoken.</translation>
    </message>
    <message>
        <source>Percent of paid hours spent generating, for $ per 1M output tokens (default 100).</source>
        <translation>Prozentsatz der bezahlten Stunden, in denen generiert wird, für $ pro 1 Mio. Ausgabetoken (Standard: 100).</translation>
    </message>
    <message>
        <source>vulkan, vulkan:N (a device index), cpu, or auto (default: Vulkan, the CPU reference without one).</source>
        <translation>vulkan, vulkan:N (ein Geräteindex), cpu oder auto (Standard: Vulkan, ohne Vulkan-Gerät die CPU-Referenz).</translation>
    </message>
    <message>
        <source>The baseline GGUF model.</source>
        <translation>Das GGUF-Basismodell.</translation>
    </message>
    <message>
        <source>The model compared with it.</source>
        <translation>Das damit verglichene Modell.</translation>
    </message>
    <message>
        <source>--gpu-price-per-hour takes a number &gt;= 0.</source>
        <translation>--gpu-price-per-hour erwartet eine Zahl &gt;= 0.</translation>
    </message>
    <message>
        <source>note: %1 is a CPU emulation of Vulkan: its speed says nothing about a GPU.</source>
        <translation>Hinweis: %1 ist eine CPU-Emulation von Vulkan; deren Geschwindigkeit sagt nichts über eine GPU aus.</translation>
    </message>
    <message>
        <source>note: the models are too small to time: per-token work is below the device&apos;s dispatch overhead (try synth-model --preset 110m for a speed comparison).</source>
        <translation>Hinweis: Die Modelle sind zu klein für eine Zeitmessung: Die Arbeit pro Token liegt unter dem Dispatch-Overhead des Geräts (versuchen Sie für einen Geschwindigkeitsvergleich synth-model --preset 110m).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>file size (bytes)</source>
        <translation>Dateigröße (Bytes)</translation>
    </message>
    <message>
        <source>weights memory (bytes)</source>
        <translation>Speicher für Gewichte (Bytes)</translation>
    </message>
    <message>
        <source>KV cache (bytes)</source>
        <translation>KV-Cache (Bytes)</translation>
    </message>
    <message>
        <source>pp%1 t/s</source>
        <translation>pp%1 t/s</translation>
    </message>
    <message>
        <source>tg%1 t/s</source>
        <translation>tg%1 t/s</translation>
    </message>
    <message>
        <source>B vs A: KLD mean %1, p99 %2, max %3, top-1 agreement %4%</source>
        <translation>B gegenüber A: KLD Mittelwert %1, p99 %2, Max. %3, Top-1-Übereinstimmung %4 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>  the same text</source>
        <translation>  gleicher Text</translation>
    </message>
    <message>
        <source>  first difference at character %1</source>
        <translation>  erster Unterschied bei Zeichen %1</translation>
    </message>
    <message>
        <source>UTF-8 text for perplexity, KL divergence and the timed prompt (default: the bundled text).</source>
        <translation>UTF-8-Text für Perplexität, KL-Divergenz und den gemessenen Prompt (Standard: der mitgelieferte Text).</translation>
    </message>
    <message>
        <source>Tokens per perplexity chunk (default 128).</source>
        <translation>Token pro Perplexitäts-Abschnitt (Standard: 128).</translation>
    </message>
    <message>
        <source>Prompt length for prefill (pp) and TTFT (default 64).</source>
        <translation>Prompt-Länge für Prefill (pp) und TTFT (Standard: 64).</translation>
    </message>
    <message>
        <source>Tokens generated per timed run (tg, default 64).</source>
        <translation>Pro gemessenem Durchlauf generierte Token (tg, Standard: 64).</translation>
    </message>
    <message>
        <source>A prompt both models continue, side by side (repeatable).</source>
        <translation>Ein Prompt, den beide Modelle nebeneinander fortsetzen (wiederholbar).</translation>
    </message>
    <message>
        <source>Tokens generated per prompt (default 48).</source>
        <translation>Pro Prompt generierte Token (Standard: 48).</translation>
    </message>
    <message>
        <source>Sampling seed for the prompts (default 1; greedy ignores it).</source>
        <translation>Sampling-Seed für die Prompts (Standard: 1; Greedy-Decoding ignoriert ihn).</translation>
    </message>
    <message>
        <source>ab needs A and B.</source>
        <translation>ab benötigt A und B.</translation>
    </message>
    <message>
        <source>--ctx (&gt;= 4), --runs (&gt;= 1), --prompt-tokens (&gt;= 1), --decode-tokens (&gt;= 2), --generate-tokens (&gt;= 1) and --seed (&gt;= 0) take whole numbers.</source>
        <translation>--ctx (&gt;= 4), --runs (&gt;= 1), --prompt-tokens (&gt;= 1), --decode-tokens (&gt;= 2), --generate-tokens (&gt;= 1) und --seed (&gt;= 0) erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>--kv-type takes f16 or f32.</source>
        <translation>--kv-type erwartet f16 oder f32.</translation>
    </message>
    <message>
        <source>--utilization takes a percentage above 0 and at most 100.</source>
        <translation>--utilization erwartet einen Prozentsatz über 0 und höchstens 100.</translation>
    </message>
    <message>
        <source>--utilization needs --gpu-price-per-hour.</source>
        <translation>--utilization erfordert --gpu-price-per-hour.</translation>
    </message>
    <message>
        <source>time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), KV cache %4, %5 timed runs after a warm-up; perplexity over %6 chunks of %7 tokens</source>
        <translation>%1 auf %2 (%3), KV-Cache %4, %5 gemessene Durchläufe nach einem Aufwärmlauf; Perplexität über %6 Abschnitte zu je %7 Token</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <source>$ per 1M output tokens</source>
        <translation>$ pro 1 Mio. Ausgabetoken</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Report anomalies from this time, inclusive (default: the first call).</source>
        <translation>Anomalien ab diesem Zeitpunkt melden, einschließlich (Standard: der erste Aufruf).</translation>
    </message>
    <message>
        <source>Report anomalies until this time; a date includes that day (default: the last call).</source>
        <translation>Anomalien bis zu diesem Zeitpunkt melden; ein Datum schließt diesen Tag ein (Standard: der letzte Aufruf).</translation>
    </message>
    <message>
        <source>anomalies needs --workspace W.</source>
        <translation>anomalies benötigt --workspace W.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date or time.</source>
        <translation>--%1: „%2“ ist kein Datum und keine Uhrzeit.</translation>
    </message>
    <message>
        <source>No anomalies found.</source>
        <translation>Keine Anomalien gefunden.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>end (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>excess</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>where</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 anomalies.</source>
        <translation>%1 Anomalien.</translation>
    </message>
    <message>
        <source>forecast &gt; %1 on %2</source>
        <translation>Prognose &gt; %1 am %2</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 am %2 %3</translation>
    </message>
    <message>
        <source>No budgets. Set one with --set COST_CENTER=USD.</source>
        <translation>Keine Budgets. Legen Sie eines mit --set COST_CENTER=USD fest.</translation>
    </message>
    <message>
        <source>Budgets as of %1 (UTC): month %2, day %3 of %4. Spend is list cost; calls without a price are not counted.</source>
        <translation>Budgets zum Stichtag %1 (UTC): Monat %2, Tag %3 von %4. Ausgaben sind Kosten zu Listenpreisen; Aufrufe ohne Preis werden nicht gezählt.</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>budget %1, spent %2 (%3) in %4 calls</source>
        <translation>Budget %1, ausgegeben %2 (%3) in %4 Aufrufen</translation>
    </message>
    <message>
        <source>, %1 unpriced</source>
        <translation>, %1 ohne Preis</translation>
    </message>
    <message>
        <source>forecast  %1 (10-90%: %2 - %3), %4 of budget</source>
        <translation>Prognose  %1 (10-90 %: %2 - %3), %4 des Budgets</translation>
    </message>
    <message>
        <source>alerts    %1</source>
        <translation>Alarme    %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>breaker   would have stopped on %1 %2, blocking %3 of %4 calls</source>
        <translation>Sperre    hätte am %1 um %2 gestoppt und %3 blockiert (%4 Aufrufe)</translation>
    </message>
    <message>
        <source>breaker   not reached</source>
        <translation>Sperre    nicht erreicht</translation>
    </message>
    <message>
        <source>Set a monthly budget in USD (0 removes it); repeatable.</source>
        <translation>Ein Monatsbudget in USD festlegen (0 entfernt es); wiederholbar.</translation>
    </message>
    <message>
        <source>Last day counted (default: the last event&apos;s day).</source>
        <translation>Letzter gezählter Tag (Standard: der Tag des letzten Ereignisses).</translation>
    </message>
    <message>
        <source>Write Prometheus alerting rules (YAML) to FILE.</source>
        <translation>Prometheus-Alarmregeln (YAML) in FILE schreiben.</translation>
    </message>
    <message>
        <source>Spend counter (USD) the rules query (default litellm_spend_metric_total).</source>
        <translation>Ausgabenzähler (USD), den die Regeln abfragen (Standard: litellm_spend_metric_total).</translation>
    </message>
    <message>
        <source>Label that holds the cost center (default team_alias).</source>
        <translation>Label, das die Kostenstelle enthält (Standard: team_alias).</translation>
    </message>
    <message>
        <source>budgets needs --workspace W.</source>
        <translation>budgets benötigt --workspace W.</translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not COST_CENTER=USD (a non-negative amount).</source>
        <translation>--set: „%1“ ist nicht COST_CENTER=USD (ein nicht negativer Betrag).</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date or time.</source>
        <translation>--as-of: „%1“ ist kein Datum und keine Uhrzeit.</translation>
    </message>
    <message>
        <source>--set: no cost center &quot;%1&quot; in this workspace, which has no cost centers yet.</source>
        <translation>--set: keine Kostenstelle „%1“ in diesem Arbeitsbereich, der noch keine Kostenstellen hat.</translation>
    </message>
    <message>
        <source>--set: no cost center &quot;%1&quot; in this workspace; its cost centers: %2.</source>
        <translation>--set: keine Kostenstelle „%1“ in diesem Arbeitsbereich; vorhandene Kostenstellen: %2.</translation>
    </message>
    <message>
        <source>Cannot write the alert rules: %1</source>
        <translation>Die Alarmregeln können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1 alert rules to %2.</source>
        <translation>%1 Alarmregeln in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Workspace file to create.</source>
        <translation>Zu erstellende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Random seed (default 20260803).</source>
        <translation>Zufalls-Seed (Standard: 20260803).</translation>
    </message>
    <message>
        <source>Days of history (default 90).</source>
        <translation>Tage Verlauf (Standard: 90).</translation>
    </message>
    <message>
        <source>demo needs --out FILE.</source>
        <translation>demo benötigt --out FILE.</translation>
    </message>
    <message>
        <source>--seed and --days take positive whole numbers.</source>
        <translation>--seed und --days erwarten positive ganze Zahlen.</translation>
    </message>
    <message>
        <source>Created %1 with %2 events.</source>
        <translation>%1 mit %2 Ereignissen erstellt.</translation>
    </message>
    <message>
        <source>Workspace file (created if missing).</source>
        <translation>Arbeitsbereichsdatei (wird erstellt, falls nicht vorhanden).</translation>
    </message>
    <message>
        <source>Read CSV or JSON Lines through a column mapping, repeated per field: time=ts (instead of --format).</source>
        <translation>CSV oder JSON Lines über eine Spaltenzuordnung lesen, je Feld wiederholt: time=ts (statt --format).</translation>
    </message>
    <message>
        <source>Usage files.</source>
        <translation>Nutzungsdateien.</translation>
    </message>
    <message>
        <source>import needs --workspace W and at least one FILE.</source>
        <translation>import benötigt --workspace W und mindestens ein FILE.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; known formats: auto, %2.</source>
        <translation>Unbekanntes --format „%1“; bekannte Formate: auto, %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows rejected; nothing was imported from this file.</source>
        <translation>%1: %2 von %3 Zeilen abgelehnt; aus dieser Datei wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 imported, %4 duplicates, 0 rejected%5</source>
        <translation>%1 (%2): %3 importiert, %4 Duplikate, 0 abgelehnt%5</translation>
    </message>
    <message>
        <source>; %1 unpriced (model not in the price catalog)</source>
        <translation>; %1 ohne Preis (Modell nicht im Preiskatalog)</translation>
    </message>
    <message>
        <source>generate the demo workspace (90 days by default)</source>
        <translation>Demo-Arbeitsbereich erzeugen (standardmäßig 90 Tage)</translation>
    </message>
    <message>
        <source>import usage files (all or nothing per file)</source>
        <translation>Nutzungsdateien importieren (je Datei alles oder nichts)</translation>
    </message>
    <message>
        <source>KPIs over a time range, optionally grouped</source>
        <translation>KPIs über einen Zeitraum, optional gruppiert</translation>
    </message>
    <message>
        <source>show, import or apply prices</source>
        <translation>Preise anzeigen, importieren oder anwenden</translation>
    </message>
    <message>
        <source>spend spikes, shadow spend, agent loops, retry storms, context bloat</source>
        <translation>Ausgabenspitzen, Schattenausgaben, Agentenschleifen, Wiederholungsstürme, Kontextaufblähung</translation>
    </message>
    <message>
        <source>maturity level 1-5 with measured criteria and next steps</source>
        <translation>Reifegrad 1-5 mit gemessenen Kriterien und nächsten Schritten</translation>
    </message>
    <message>
        <source>monthly budgets: month-to-date, forecast, alerts, circuit breaker; export budgets and anomaly thresholds as Prometheus alerting rules</source>
        <translation>Monatsbudgets: Stand seit Monatsbeginn, Prognose, Alarme, Budgetsperre; Budgets und Anomalie-Schwellenwerte als Prometheus-Alarmregeln exportieren</translation>
    </message>
    <message>
        <source>rewrite a prompt shorter: rules applied, tokens before and after, $ per month saved at a model</source>
        <translation>Prompt kürzer umschreiben: angewandte Regeln, Token vorher und nachher, Ersparnis in $ pro Monat bei einem Modell</translation>
    </message>
    <message>
        <source>quantize an f32/f16 GGUF model as llama-quantize does (any case)</source>
        <translation>ein f32/f16-GGUF-Modell wie llama-quantize quantisieren (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>perplexity as llama-perplexity (chunks of N, second half scored)</source>
        <translation>Perplexität wie llama-perplexity (Abschnitte zu N Token, bewertet wird die zweite Hälfte)</translation>
    </message>
    <message>
        <source>generate text (temperature 0.8, top-k 40, top-p 0.95 by default; temperature 0 is greedy)</source>
        <translation>Text generieren (standardmäßig Temperatur 0.8, Top-k 40, Top-p 0.95; Temperatur 0 ist Greedy-Decoding)</translation>
    </message>
    <message>
        <source>speed (prefill, decode, TTFT) and quality (perplexity, KL divergence, top-1 agreement) of B against A</source>
        <translation>Geschwindigkeit (Prefill, Dekodierung, TTFT) und Qualität (Perplexität, KL-Divergenz, Top-1-Übereinstimmung) von B gegenüber A</translation>
    </message>
    <message>
        <source>llama-shaped model with seeded random weights, for speed tests</source>
        <translation>Modell in Llama-Architektur mit zufälligen Gewichten aus festem Seed, für Geschwindigkeitstests</translation>
    </message>
    <message>
        <source>context-cache savings: the cache simulated against the arrivals, writes included, and the break-even request rate</source>
        <translation>Einsparungen durch Context Caching: Cache gegen die Ankünfte simuliert, Schreibvorgänge eingeschlossen, und die Anfragerate am Break-even-Punkt</translation>
    </message>
    <message>
        <source>routing and cascade what-ifs per task class: $ a month, CPSO with and without the corrections a human makes, against the article&apos;s expected savings</source>
        <translation>Was-wäre-wenn-Szenarien für Routing und Kaskaden je Aufgabenklasse: $ pro Monat, CPSO mit und ohne menschliche Korrekturen, verglichen mit den im Artikel erwarteten Einsparungen</translation>
    </message>
    <message>
        <source>API against self-hosted: a server&apos;s $ per 1M tokens at a utilization, the break-even volume and utilization, the cost curve and each input&apos;s swing</source>
        <translation>API gegenüber Self-Hosting: $ pro 1 Mio. Token eines Servers bei einer Auslastung, Volumen und Auslastung am Break-even-Punkt, die Kostenkurve und der Ausschlag jedes Eingabewerts</translation>
    </message>
    <message>
        <source>FOCUS 1.2 CSV: every call&apos;s cost by charge period, provider, model, token kind, price tier and owner; calls that have no price are counted, not written</source>
        <translation>FOCUS 1.2 CSV: Kosten jedes Aufrufs nach Abrechnungszeitraum, Anbieter, Modell, Tokenart, Preisstufe und Verantwortlichem; Aufrufe ohne Preis werden gezählt, aber nicht geschrieben</translation>
    </message>
    <message>
        <source>monthly statements per cost center: direct spend by model and team, self-hosted spend, a share of unowned spend; CSV and one PDF per cost center</source>
        <translation>Monatsabrechnungen je Kostenstelle: direkte Ausgaben nach Modell und Team, Self-Hosting-Ausgaben, ein Anteil der nicht zugeordneten Ausgaben; CSV und ein PDF je Kostenstelle</translation>
    </message>
    <message>
        <source>exact token count (and ids) of FILE, or of stdin with -</source>
        <translation>exakte Tokenanzahl (und IDs) von FILE oder, mit -, von stdin</translation>
    </message>
    <message>
        <source>scrape a Prometheus /metrics endpoint: samples, rates, $ per 1M tokens</source>
        <translation>einen Prometheus-Endpunkt /metrics abrufen: Samples, Raten, $ pro 1 Mio. Token</translation>
    </message>
    <message>
        <source>Usage: inferometer-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: inferometer-cli BEFEHL [OPTIONEN]

Befehle:
</translation>
    </message>
    <message>
        <source>
Every command takes --json to print one JSON document on stdout, and --help (-h) to list its options with their defaults.
Dates are YYYY-MM-DD (UTC) or ISO 8601 times; --to DATE includes that whole day.
--version prints the version; --verbose logs what the core does on stderr.
</source>
        <translation>
Jeder Befehl akzeptiert --json, um ein einzelnes JSON-Dokument auf stdout auszugeben, und --help (-h), um seine Optionen mit ihren Standardwerten aufzulisten.
Datumsangaben haben die Form YYYY-MM-DD (UTC) oder sind ISO-8601-Zeitangaben; --to DATE schließt den ganzen Tag ein.
--version gibt die Version aus; --verbose protokolliert auf stderr, was der Kern tut.
</translation>
    </message>
    <message>
        <source>auto (the default: recognised from each file&apos;s content) or one of %1.</source>
        <translation>auto (Standard: anhand des Inhalts jeder Datei erkannt) oder eines von %1.</translation>
    </message>
    <message>
        <source>Start, inclusive (default: the first call).</source>
        <translation>Beginn, einschließlich (Standard: der erste Aufruf).</translation>
    </message>
    <message>
        <source>End; a date includes that day (default: the last call).</source>
        <translation>Ende; ein Datum schließt diesen Tag ein (Standard: der letzte Aufruf).</translation>
    </message>
    <message>
        <source>Group by cost_center, team, owner, model, provider, api_key or project (default: totals only).</source>
        <translation>Gruppieren nach cost_center, team, owner, model, provider, api_key oder project (Standard: nur Summen).</translation>
    </message>
    <message>
        <source>report needs --workspace W.</source>
        <translation>report benötigt --workspace W.</translation>
    </message>
    <message>
        <source>--by: unknown dimension &quot;%1&quot;.</source>
        <translation>--by: unbekannte Dimension „%1“.</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>list cost</source>
        <translation>Listenkosten</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>cost/task</source>
        <translation>Kost/Aufg</translation>
    </message>
    <message>
        <source>CPSO</source>
        <translation>CPSO</translation>
    </message>
    <message>
        <source>rework</source>
        <translation>Nacharb.</translation>
    </message>
    <message>
        <source>tok.eff.</source>
        <translation>Tok-Eff.</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>No token-level calls: the spend here is what providers reported in cost exports (%1 in %n row(s)); import usage exports to see calls, tokens and the KPIs.</source>
        <translation>
            <numerusform>Keine Aufrufe auf Token-Ebene: Die Ausgaben hier sind die von Anbietern in Kostenexporten gemeldeten (%1 in %n Zeile); importieren Sie Nutzungsexporte, um Aufrufe, Token und die KPIs zu sehen.</numerusform>
            <numerusform>Keine Aufrufe auf Token-Ebene: Die Ausgaben hier sind die von Anbietern in Kostenexporten gemeldeten (%1 in %n Zeilen); importieren Sie Nutzungsexporte, um Aufrufe, Token und die KPIs zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpriced: %1 calls to %2 (no price known; not counted as $0).</source>
        <translation>Ohne Preis: %1 Aufrufe an %2 (kein Preis bekannt; nicht als $0 gezählt).</translation>
    </message>
    <message>
        <source>Workspace whose prices to show or change.</source>
        <translation>Arbeitsbereich, dessen Preise angezeigt oder geändert werden.</translation>
    </message>
    <message>
        <source>Show the price that applies to this model id.</source>
        <translation>Den für diese Modell-ID geltenden Preis anzeigen.</translation>
    </message>
    <message>
        <source>With --model: the price valid at this time (default: now).</source>
        <translation>Mit --model: der zu diesem Zeitpunkt gültige Preis (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Read LiteLLM&apos;s model_prices_and_context_window.json.</source>
        <translation>Die Datei model_prices_and_context_window.json von LiteLLM einlesen.</translation>
    </message>
    <message>
        <source>With --import: date the imported prices apply from (default: always).</source>
        <translation>Mit --import: Datum, ab dem die importierten Preise gelten (Standard: immer).</translation>
    </message>
    <message>
        <source>Recompute the list cost of every event with the current prices.</source>
        <translation>Die Listenkosten jedes Ereignisses mit den aktuellen Preisen neu berechnen.</translation>
    </message>
    <message>
        <source>--reprice needs --workspace W.</source>
        <translation>--reprice erfordert --workspace W.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>--effective-from: not a date.</source>
        <translation>--effective-from: kein Datum.</translation>
    </message>
    <message>
        <source>No --workspace given: the %1 prices were read and checked but not stored.</source>
        <translation>Kein --workspace angegeben: Die %1 Preise wurden gelesen und geprüft, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Read %1 model prices from %2.</source>
        <translation>%1 Modellpreise aus %2 gelesen.</translation>
    </message>
    <message>
        <source>Re-priced %1 events.</source>
        <translation>%1 Ereignisse neu bepreist.</translation>
    </message>
    <message>
        <source>--at: not a date.</source>
        <translation>--at: kein Datum.</translation>
    </message>
    <message>
        <source>inferometer-cli: &quot;%1&quot; is not in the price catalog: its calls are unpriced (never $0). Add a price in the workspace or import LiteLLM&apos;s price file.</source>
        <translation>inferometer-cli: „%1“ ist nicht im Preiskatalog: Seine Aufrufe bleiben ohne Preis (nie $0). Fügen Sie im Arbeitsbereich einen Preis hinzu oder importieren Sie die Preisdatei von LiteLLM.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Try &quot;inferometer-cli --help&quot;.</source>
        <translation>Versuchen Sie „inferometer-cli --help“.</translation>
    </message>
    <message>
        <source>Try &quot;inferometer-cli %1 --help&quot;.</source>
        <translation>Versuchen Sie „inferometer-cli %1 --help“.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options and exit.</source>
        <translation>Die Optionen dieses Befehls anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Usage: inferometer-cli %1</source>
        <translation>Aufruf: inferometer-cli %1</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Ein einzelnes JSON-Dokument auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>o200k_base (default), cl100k_base, or a .tiktoken, tokenizer.json or .gguf file.</source>
        <translation>o200k_base (Standard), cl100k_base oder eine .tiktoken-, tokenizer.json- oder .gguf-Datei.</translation>
    </message>
    <message>
        <source>Rules to apply, comma-separated: dedupe, filler, reorder, whitespace (default: all).</source>
        <translation>Anzuwendende Regeln, durch Kommas getrennt: dedupe, filler, reorder, whitespace (Standard: alle).</translation>
    </message>
    <message>
        <source>Price the saving at this catalog model.</source>
        <translation>Die Einsparung mit den Preisen dieses Katalogmodells bewerten.</translation>
    </message>
    <message>
        <source>Calls per day for the monthly saving (default 10000).</source>
        <translation>Aufrufe pro Tag für die monatliche Einsparung (Standard 10000).</translation>
    </message>
    <message>
        <source>Output tokens per call, for the cost per call (default 0).</source>
        <translation>Ausgabetoken pro Aufruf, für die Kosten pro Aufruf (Standard 0).</translation>
    </message>
    <message>
        <source>Write the rewritten prompt to this file instead of stdout.</source>
        <translation>Den umgeschriebenen Prompt in diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>The prompt (UTF-8 text).</source>
        <translation>Der Prompt (UTF-8-Text).</translation>
    </message>
    <message>
        <source>compress needs one FILE.</source>
        <translation>compress erwartet genau ein Argument FILE.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;; rules: %2.</source>
        <translation>Unbekannte Regel „%1“; Regeln: %2.</translation>
    </message>
    <message>
        <source>--requests-per-day and --output-tokens take whole numbers ≥ 0.</source>
        <translation>--requests-per-day und --output-tokens erwarten ganze Zahlen ≥ 0.</translation>
    </message>
    <message>
        <source>Cannot read the prompt: %1</source>
        <translation>Prompt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The provider (anthropic, openai, google, deepseek).</source>
        <translation>Der Anbieter (anthropic, openai, google, deepseek).</translation>
    </message>
    <message>
        <source>The catalog model whose prices and minimum apply.</source>
        <translation>Das Katalogmodell, dessen Preise und Cache-Mindestlänge gelten.</translation>
    </message>
    <message>
        <source>A request&apos;s whole input, in tokens.</source>
        <translation>Die gesamte Eingabe einer Anfrage, in Token.</translation>
    </message>
    <message>
        <source>Its cacheable prefix (system prompt, tools, examples).</source>
        <translation>Davon das cachefähige Präfix (Systemprompt, Tools, Beispiele).</translation>
    </message>
    <message>
        <source>Requests a day.</source>
        <translation>Anfragen pro Tag.</translation>
    </message>
    <message>
        <source>Output tokens a request (default 0).</source>
        <translation>Ausgabetoken pro Anfrage (Standard 0).</translation>
    </message>
    <message>
        <source>The base input price in USD per 1M tokens instead of the catalog&apos;s; the cache prices follow by the provider&apos;s multipliers.</source>
        <translation>Der Basis-Eingabepreis in USD pro 1 Mio. Token statt des Katalogpreises; die Cache-Preise ergeben sich aus den Multiplikatoren des Anbieters.</translation>
    </message>
    <message>
        <source>5m (default) or 1h, where the provider lets the caller choose (Anthropic).</source>
        <translation>5m (Standard) oder 1h, sofern der Anbieter die Wahl lässt (Anthropic).</translation>
    </message>
    <message>
        <source>How the requests arrive over the day: uniform (default), business (9:00-17:00) or bursty (bursts of 10).</source>
        <translation>Wie die Anfragen über den Tag eintreffen: uniform (Standard), business (9:00-17:00) oder bursty (Schübe zu je 10).</translation>
    </message>
    <message>
        <source>cache needs --provider, --model, --prompt-tokens, --static-tokens and --requests-per-day.</source>
        <translation>cache erfordert --provider, --model, --prompt-tokens, --static-tokens und --requests-per-day.</translation>
    </message>
    <message>
        <source>--prompt-tokens takes a whole number ≥ 1, --static-tokens and --output-tokens ≥ 0.</source>
        <translation>--prompt-tokens erwartet eine ganze Zahl ≥ 1, --static-tokens und --output-tokens ≥ 0.</translation>
    </message>
    <message>
        <source>--requests-per-day takes a whole number from 1 to 10,000,000.</source>
        <translation>--requests-per-day erwartet eine ganze Zahl von 1 bis 10.000.000.</translation>
    </message>
    <message>
        <source>--static-tokens (%1) is part of the input: it cannot exceed --prompt-tokens (%2).</source>
        <translation>--static-tokens (%1) ist Teil der Eingabe: Der Wert darf --prompt-tokens (%2) nicht übersteigen.</translation>
    </message>
    <message>
        <source>--input-price takes USD per 1M tokens, above 0.</source>
        <translation>--input-price erwartet USD pro 1 Mio. Token, größer als 0.</translation>
    </message>
    <message>
        <source>--arrivals: &quot;%1&quot; is not uniform, business or bursty.</source>
        <translation>--arrivals: „%1“ ist weder uniform, business noch bursty.</translation>
    </message>
    <message>
        <source>inferometer-cli: %1</source>
        <translation>inferometer-cli: %1</translation>
    </message>
    <message>
        <source>No price for model &quot;%1&quot; in the catalog (see inferometer-cli prices).</source>
        <translation>Kein Preis für Modell „%1“ im Katalog (siehe inferometer-cli prices).</translation>
    </message>
    <message>
        <source>--provider: %1 is a model of %2, not of %3.</source>
        <translation>--provider: %1 ist ein Modell von %2, nicht von %3.</translation>
    </message>
    <message>
        <source>--ttl: %1 chooses how long its cache keeps a prompt; only Anthropic lets the caller choose (5m or 1h).</source>
        <translation>--ttl: %1 legt selbst fest, wie lange sein Cache einen Prompt aufbewahrt; nur Anthropic lässt den Aufrufer wählen (5m oder 1h).</translation>
    </message>
    <message>
        <source>--ttl: &quot;%1&quot; is not 5m or 1h.</source>
        <translation>--ttl: „%1“ ist weder 5m noch 1h.</translation>
    </message>
    <message>
        <source>--provider: the calculator does not model %1&apos;s cache (anthropic, openai, google, deepseek).</source>
        <translation>--provider: Der Rechner bildet den Cache von %1 nicht ab (anthropic, openai, google, deepseek).</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 static tokens cacheable; %5 requests a day, %6 arrivals</source>
        <translation>%1 (%2): %3 von %4 statischen Token cachefähig; %5 Anfragen pro Tag, Eintreffen: %6</translation>
    </message>
    <message>
        <source>hit rate %1%: %2 hits and %3 cache writes in the day</source>
        <translation>Trefferquote %1 %: %2 Cache-Treffer und %3 Cache-Schreibvorgänge am Tag</translation>
    </message>
    <message>
        <source>without cache $%1/day, with cache $%2/day (writes included): $%3 a month saved</source>
        <translation>ohne Cache $%1/Tag, mit Cache $%2/Tag (inkl. Schreibvorgängen): $%3 pro Monat gespart</translation>
    </message>
    <message>
        <source>caching pays from %1 requests a day</source>
        <translation>Caching lohnt sich ab %1 Anfragen pro Tag</translation>
    </message>
    <message>
        <source>caching never pays at these settings</source>
        <translation>Caching lohnt sich bei diesen Einstellungen nie</translation>
    </message>
    <message>
        <source>The month, UTC.</source>
        <translation>Der Monat, UTC.</translation>
    </message>
    <message>
        <source>How spend without a cost center is shared: proportional to direct spend (default), even, or fixed:CC=PCT,... adding up to 100.</source>
        <translation>Wie Ausgaben ohne Kostenstelle umgelegt werden: proportional zu den direkten Ausgaben (Standard), even (gleichmäßig) oder fixed:CC=PCT,... mit der Summe 100.</translation>
    </message>
    <message>
        <source>Write chargeback-YYYY-MM.csv and one PDF statement per cost center into this folder.</source>
        <translation>chargeback-YYYY-MM.csv und eine PDF-Abrechnung pro Kostenstelle in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>chargeback needs --workspace W and --month YYYY-MM.</source>
        <translation>chargeback erfordert --workspace W und --month YYYY-MM.</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not YYYY-MM.</source>
        <translation>--month: „%1“ hat nicht das Format YYYY-MM.</translation>
    </message>
    <message>
        <source>PDF statements need the GUI libraries.</source>
        <translation>PDF-Abrechnungen erfordern die GUI-Bibliotheken.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Chargeback %1, %2</source>
        <translation>Leistungsverrechnung %1, %2</translation>
    </message>
    <message>
        <source>cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation>Eigenbetrieb</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>umgelegt</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>month total</source>
        <translation>Monatssumme</translation>
    </message>
    <message>
        <source>without a cost center (shared above): %1</source>
        <translation>ohne Kostenstelle (oben umgelegt): %1</translation>
    </message>
    <message>
        <source>No rule changed the prompt.</source>
        <translation>Keine Regel hat den Prompt verändert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 edit(s)</source>
        <translation>%1 (%2): %3 Änderung(en)</translation>
    </message>
    <message>
        <source>Tokens (%1): %2 → %3, %4 saved (%5%)</source>
        <translation>Token (%1): %2 → %3, %4 eingespart (%5 %)</translation>
    </message>
    <message>
        <source>Characters: %1 → %2</source>
        <translation>Zeichen: %1 → %2</translation>
    </message>
    <message>
        <source>Static prefix (before the first {{variable}}, cacheable): %1 → %2 tokens</source>
        <translation>Statisches Präfix (vor der ersten {{variable}}, cachefähig): %1 → %2 Token</translation>
    </message>
    <message>
        <source>At %1, %2 requests/day (× %3 days), %4 output tokens per call: %5 → %6 per month, saves %7 per month (list input price, no caching)</source>
        <translation>Mit %1, %2 Anfragen/Tag (× %3 Tage), %4 Ausgabetoken pro Aufruf: %5 → %6 pro Monat, spart %7 pro Monat (Listen-Eingabepreis, ohne Caching)</translation>
    </message>
    <message>
        <source>Text to continue (default: none, start from BOS).</source>
        <translation>Fortzusetzender Text (Standard: keiner, Beginn bei BOS).</translation>
    </message>
    <message>
        <source>Tokens to generate (default 64).</source>
        <translation>Zu erzeugende Token (Standard 64).</translation>
    </message>
    <message>
        <source>0 for greedy (default 0.8).</source>
        <translation>0 für Greedy-Decoding (Standard 0.8).</translation>
    </message>
    <message>
        <source>Keep the K most likely tokens; 0 keeps all (default 40).</source>
        <translation>Die K wahrscheinlichsten Token behalten; 0 behält alle (Standard 40).</translation>
    </message>
    <message>
        <source>Nucleus: keep tokens up to probability P (default 0.95).</source>
        <translation>Nucleus-Sampling: Token bis zur kumulierten Wahrscheinlichkeit P behalten (Standard 0.95).</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Zufalls-Seed (Standard 0).</translation>
    </message>
    <message>
        <source>KV cache size in tokens (default: prompt + tokens).</source>
        <translation>Größe des KV-Cache in Token (Standard: Prompt + zu erzeugende Token).</translation>
    </message>
    <message>
        <source>A GGUF model.</source>
        <translation>Ein GGUF-Modell.</translation>
    </message>
    <message>
        <source>generate needs MODEL.</source>
        <translation>generate erfordert MODEL.</translation>
    </message>
    <message>
        <source>--tokens takes a whole number of at least 1, --top-k one of at least 0.</source>
        <translation>--tokens erwartet eine ganze Zahl von mindestens 1, --top-k eine von mindestens 0.</translation>
    </message>
    <message>
        <source>--temperature takes a number &gt;= 0, --top-p one &gt; 0, --seed a whole number.</source>
        <translation>--temperature erwartet eine Zahl &gt;= 0, --top-p eine &gt; 0, --seed eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--ctx takes a whole number of at least 2.</source>
        <translation>--ctx erwartet eine ganze Zahl von mindestens 2.</translation>
    </message>
    <message>
        <source>%1 prompt tokens at %2 tokens/s, %3 generated at %4 tokens/s (%5, %6)</source>
        <translation>%1 Prompt-Token mit %2 Token/s, %3 erzeugt mit %4 Token/s (%5, %6)</translation>
    </message>
    <message>
        <source>vulkan, vulkan:N (a device index), cpu, or auto (default: Vulkan, the CPU reference when there is no Vulkan device).</source>
        <translation>vulkan, vulkan:N (ein Geräteindex), cpu oder auto (Standard: Vulkan bzw. die CPU-Referenz, wenn kein Vulkan-Gerät vorhanden ist).</translation>
    </message>
    <message>
        <source>What the KV cache holds: f16 (default, as llama.cpp) or f32.</source>
        <translation>Was der KV-Cache speichert: f16 (Standard, wie llama.cpp) oder f32.</translation>
    </message>
    <message>
        <source>Allow a KV cache longer than the context the model was trained for (llama.context_length).</source>
        <translation>Einen KV-Cache zulassen, der länger ist als der Kontext, für den das Modell trainiert wurde (llama.context_length).</translation>
    </message>
    <message>
        <source>a KV cache of %1 tokens is beyond the %2 the model was trained for (llama.context_length); --allow-long-context runs it anyway.</source>
        <translation>ein KV-Cache von %1 Token übersteigt die %2, für die das Modell trainiert wurde (llama.context_length); mit --allow-long-context läuft er trotzdem.</translation>
    </message>
    <message>
        <source>inferometer-cli: note: %1; using the CPU reference backend.</source>
        <translation>inferometer-cli: Hinweis: %1; das CPU-Referenz-Backend wird verwendet.</translation>
    </message>
    <message>
        <source>no usable Vulkan device</source>
        <translation>kein nutzbares Vulkan-Gerät</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Days measured, ending on the last day of data (default 30).</source>
        <translation>Anzahl der gemessenen Tage bis zum letzten Tag mit Daten (Standard 30).</translation>
    </message>
    <message>
        <source>maturity needs --workspace W.</source>
        <translation>maturity erfordert --workspace W.</translation>
    </message>
    <message>
        <source>--window takes a positive whole number of days.</source>
        <translation>--window erwartet eine positive ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source>Maturity level %1 of %2: %3</source>
        <translation>Reifegrad %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Measured over %1 to %2 (UTC, %n day(s)); savings per month = window × 30 / days.</source>
        <translation>
            <numerusform>Gemessen von %1 bis %2 (UTC, %n Tag); Einsparung pro Monat = Zeitfenster × 30 / Anzahl Tage.</numerusform>
            <numerusform>Gemessen von %1 bis %2 (UTC, %n Tage); Einsparung pro Monat = Zeitfenster × 30 / Anzahl Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Level %1 %2</source>
        <translation>Reifegrad %1: %2</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>&lt;= %1 or falling</source>
        <translation>&lt;= %1 oder fallend</translation>
    </message>
    <message>
        <source>Next level (%1): steps</source>
        <translation>Nächster Reifegrad (%1): Schritte</translation>
    </message>
    <message>
        <source>[saves %1/month]</source>
        <translation>[spart %1/Monat]</translation>
    </message>
    <message>
        <source>  Total estimated savings: %1/month</source>
        <translation>  Geschätzte Einsparung insgesamt: %1/Monat</translation>
    </message>
    <message>
        <source>UTF-8 text to score.</source>
        <translation>Zu bewertender UTF-8-Text.</translation>
    </message>
    <message>
        <source>Tokens per chunk (default 512, as llama-perplexity).</source>
        <translation>Token pro Abschnitt (Standard 512, wie llama-perplexity).</translation>
    </message>
    <message>
        <source>perplexity needs MODEL and --text FILE.</source>
        <translation>perplexity erfordert MODEL und --text FILE.</translation>
    </message>
    <message>
        <source>--ctx takes a whole number of at least 4.</source>
        <translation>--ctx erwartet eine ganze Zahl von mindestens 4.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), KV cache %4: %5 tokens, %6 chunks of %7</source>
        <translation>%1 auf %2 (%3), KV-Cache %4: %5 Token, %6 Abschnitte zu je %7</translation>
    </message>
    <message>
        <source>Final estimate: PPL = %1 +/- %2</source>
        <translation>Endgültige Schätzung: PPL = %1 +/- %2</translation>
    </message>
    <message>
        <source>llama-quantize&apos;s type: %1 (any case).</source>
        <translation>Typ wie bei llama-quantize: %1 (Groß-/Kleinschreibung beliebig).</translation>
    </message>
    <message>
        <source>An f32 or f16 GGUF model.</source>
        <translation>Ein GGUF-Modell in f32 oder f16.</translation>
    </message>
    <message>
        <source>The quantized GGUF to write.</source>
        <translation>Die zu schreibende quantisierte GGUF-Datei.</translation>
    </message>
    <message>
        <source>quantize needs IN, OUT and --type TYPE.</source>
        <translation>quantize erfordert IN, OUT und --type TYPE.</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of %2.</source>
        <translation>--type: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3): %4 tensors quantized, %5 kept; tensor data %6 -&gt; %7 bytes.</source>
        <translation>%1 -&gt; %2 (%3): %4 Tensoren quantisiert, %5 unverändert; Tensordaten %6 -&gt; %7 Byte.</translation>
    </message>
    <message>
        <source>The /metrics endpoint.</source>
        <translation>Der /metrics-Endpunkt.</translation>
    </message>
    <message>
        <source>Seconds between scrapes (default 5).</source>
        <translation>Sekunden zwischen den Abrufen (Standard 5).</translation>
    </message>
    <message>
        <source>Scrapes to take (default 2: rates need two).</source>
        <translation>Anzahl der Abrufe (Standard 2: Raten erfordern zwei).</translation>
    </message>
    <message>
        <source>Seconds a scrape may take from its start to its last byte (default 10); bodies over 50 MB are refused.</source>
        <translation>Sekunden, die ein Abruf vom Start bis zum letzten Byte dauern darf (Standard 10); Antworten über 50 MB werden abgelehnt.</translation>
    </message>
    <message>
        <source>Deployment cost in USD per hour, for $ per 1M tokens.</source>
        <translation>Kosten des Deployments in USD pro Stunde, für $ pro 1 Mio. Token.</translation>
    </message>
    <message>
        <source>Name of an environment variable holding a bearer token (never a token on the command line).</source>
        <translation>Name einer Umgebungsvariablen mit einem Bearer-Token (niemals ein Token auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>Name of an environment variable holding user:password for basic auth (never on the command line).</source>
        <translation>Name einer Umgebungsvariablen mit user:password für Basic Auth (niemals auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>scrape takes one URL.</source>
        <translation>scrape erwartet genau eine URL.</translation>
    </message>
    <message>
        <source>--interval takes seconds (0.1 or more).</source>
        <translation>--interval erwartet Sekunden (0.1 oder mehr).</translation>
    </message>
    <message>
        <source>--count takes a whole number of scrapes (1 or more).</source>
        <translation>--count erwartet eine ganze Zahl von Abrufen (1 oder mehr).</translation>
    </message>
    <message>
        <source>--timeout takes seconds (0.1 to 3600).</source>
        <translation>--timeout erwartet Sekunden (0.1 bis 3600).</translation>
    </message>
    <message>
        <source>--gpu-price-per-hour takes a number of USD.</source>
        <translation>--gpu-price-per-hour erwartet einen Betrag in USD.</translation>
    </message>
    <message>
        <source>--bearer-token-env and --basic-auth-env exclude each other.</source>
        <translation>--bearer-token-env und --basic-auth-env schließen einander aus.</translation>
    </message>
    <message>
        <source>The environment variable %1 must hold user:password.</source>
        <translation>Die Umgebungsvariable %1 muss user:password enthalten.</translation>
    </message>
    <message>
        <source>scrape %1: %2 samples in %3 ms</source>
        <translation>Abruf %1: %2 Samples in %3 ms</translation>
    </message>
    <message>
        <source>scrape %1: down: %2</source>
        <translation>Abruf %1: nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 series</source>
        <translation>%1 (%2): %3 Zeitreihen</translation>
    </message>
    <message>
        <source>110m, 350m or 1b.</source>
        <translation>110m, 350m oder 1b.</translation>
    </message>
    <message>
        <source>f32, q8_0 or q4_0 (default f32).</source>
        <translation>f32, q8_0 oder q4_0 (Standard f32).</translation>
    </message>
    <message>
        <source>A GGUF model whose vocabulary to use.</source>
        <translation>Ein GGUF-Modell, dessen Vokabular verwendet wird.</translation>
    </message>
    <message>
        <source>The GGUF file to write.</source>
        <translation>Die zu schreibende GGUF-Datei.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <source>llama (default), qwen2 (adds seeded Q/K/V biases), phi3 (fused Q/K/V and gate/up, long-context RoPE factors, a sliding window) or gemma2 (post-norms, GELU, soft-capping, a sliding window on even layers).</source>
        <translation>llama (Standard), qwen2 (fügt per Seed erzeugte Q/K/V-Biases hinzu), phi3 (fusionierte Q/K/V- und gate/up-Projektionen, RoPE-Faktoren für lange Kontexte, ein gleitendes Fenster) oder gemma2 (Post-Norms, GELU, Soft-Capping, ein gleitendes Fenster auf geraden Schichten).</translation>
    </message>
    <message>
        <source>synth-model needs --preset, --vocab-from and --out.</source>
        <translation>synth-model erfordert --preset, --vocab-from und --out.</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not 110m, 350m or 1b.</source>
        <translation>--preset: „%1“ ist weder 110m, 350m noch 1b.</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not f32, q8_0 or q4_0.</source>
        <translation>--type: „%1“ ist weder f32, q8_0 noch q4_0.</translation>
    </message>
    <message>
        <source>--arch: &quot;%1&quot; is not llama, qwen2, phi3 or gemma2.</source>
        <translation>--arch: „%1“ ist weder llama, qwen2, phi3 noch gemma2.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 parameters (%3, %4 layers x %5), %6 bytes, vocabulary of %7 from %8.</source>
        <translation>%1 geschrieben: %2 Parameter (%3, %4 Schichten x %5), %6 Byte, Vokabular mit %7 Einträgen aus %8.</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>Öffnen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>o200k_base (default), cl100k_base, gguf:MODEL.gguf, or a .tiktoken, tokenizer.json or .gguf file.</source>
        <translation>o200k_base (Standard), cl100k_base, gguf:MODEL.gguf oder eine .tiktoken-, tokenizer.json- oder .gguf-Datei.</translation>
    </message>
    <message>
        <source>Also print the token ids.</source>
        <translation>Auch die Token-IDs ausgeben.</translation>
    </message>
    <message>
        <source>The text to count (- reads stdin).</source>
        <translation>Der zu zählende Text (- liest von stdin).</translation>
    </message>
    <message>
        <source>tokens needs one FILE (or - for stdin).</source>
        <translation>tokens erwartet genau ein Argument FILE (oder - für stdin).</translation>
    </message>
    <message>
        <source>%1: %2 tokens (%3 bytes%4)</source>
        <translation>%1: %2 Token (%3 Byte%4)</translation>
    </message>
    <message>
        <source>; invalid UTF-8 read as U+FFFD</source>
        <translation>; ungültiges UTF-8 als U+FFFD gelesen</translation>
    </message>
    <message>
        <source>The server&apos;s purchase price, depreciated over --years.</source>
        <translation>Der Kaufpreis des Servers, abgeschrieben über --years.</translation>
    </message>
    <message>
        <source>Years the hardware is depreciated over (default 3).</source>
        <translation>Jahre, über die die Hardware abgeschrieben wird (Standard 3).</translation>
    </message>
    <message>
        <source>A rented GPU&apos;s price per hour, in place of owned hardware.</source>
        <translation>Stundenpreis einer gemieteten GPU anstelle eigener Hardware.</translation>
    </message>
    <message>
        <source>The server&apos;s average power draw (default 0).</source>
        <translation>Die durchschnittliche Leistungsaufnahme des Servers (Standard 0).</translation>
    </message>
    <message>
        <source>Electricity, USD per kWh (default 0).</source>
        <translation>Strom, USD pro kWh (Standard 0).</translation>
    </message>
    <message>
        <source>Rack space, network and storage, USD a month (default 0).</source>
        <translation>Rackplatz, Netzwerk und Speicher, USD pro Monat (Standard 0).</translation>
    </message>
    <message>
        <source>The share of MLOps salaries the server takes, USD a month (default 0).</source>
        <translation>Der auf den Server entfallende Anteil der MLOps-Gehälter, USD pro Monat (Standard 0).</translation>
    </message>
    <message>
        <source>Percent of hours spent generating (default 50).</source>
        <translation>Anteil der Stunden mit Generierung in Prozent (Standard 50).</translation>
    </message>
    <message>
        <source>Tokens processed per second at full load, prompt and generated, all requests together.</source>
        <translation>Pro Sekunde verarbeitete Token bei Volllast, Prompt und Generierung, alle Anfragen zusammen.</translation>
    </message>
    <message>
        <source>The throughput instead: the median decode tokens/s of a saved A/B run in --workspace.</source>
        <translation>Stattdessen der Durchsatz: der Median der Dekodierungs-Token/s eines gespeicherten A/B-Laufs in --workspace.</translation>
    </message>
    <message>
        <source>Which model of the A/B run: a or b (default b).</source>
        <translation>Welches Modell des A/B-Laufs: a oder b (Standard b).</translation>
    </message>
    <message>
        <source>The API side: this workspace&apos;s monthly tokens and list cost (and the A/B runs it saved).</source>
        <translation>Die API-Seite: monatliche Token und Listenkosten dieses Arbeitsbereichs (sowie die darin gespeicherten A/B-Läufe).</translation>
    </message>
    <message>
        <source>With --workspace: the latest days read, per month (default 30).</source>
        <translation>Mit --workspace: Anzahl der zuletzt gelesenen Tage, auf einen Monat hochgerechnet (Standard 30).</translation>
    </message>
    <message>
        <source>The API side typed instead: tokens a month.</source>
        <translation>Die API-Seite stattdessen direkt angegeben: Token pro Monat.</translation>
    </message>
    <message>
        <source>With --monthly-tokens: what the API charges for them, USD a month.</source>
        <translation>Mit --monthly-tokens: was die API dafür berechnet, USD pro Monat.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>--monthly-tokens and --api-spend go together.</source>
        <translation>--monthly-tokens und --api-spend gehören zusammen.</translation>
    </message>
    <message>
        <source>breakeven needs the API side: --workspace W, or --monthly-tokens N and --api-spend USD.</source>
        <translation>breakeven erfordert die API-Seite: --workspace W oder --monthly-tokens N und --api-spend USD.</translation>
    </message>
    <message>
        <source>--days: the API side is typed (--monthly-tokens), no days are read.</source>
        <translation>--days: Die API-Seite ist direkt angegeben (--monthly-tokens), es werden keine Tage gelesen.</translation>
    </message>
    <message>
        <source>--days needs --workspace W.</source>
        <translation>--days erfordert --workspace W.</translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to 3,660.</source>
        <translation>--days erwartet eine ganze Zahl von 1 bis 3.660.</translation>
    </message>
    <message>
        <source>--ab-run takes a saved run&apos;s id, a whole number from 1.</source>
        <translation>--ab-run erwartet die ID eines gespeicherten Laufs, eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>--ab-run needs --workspace W, where the run is saved.</source>
        <translation>--ab-run erfordert --workspace W, in dem der Lauf gespeichert ist.</translation>
    </message>
    <message>
        <source>--ab-run: give the throughput or an A/B run, not both (--tokens-per-second).</source>
        <translation>--ab-run: Geben Sie entweder den Durchsatz oder einen A/B-Lauf an, nicht beides (--tokens-per-second).</translation>
    </message>
    <message>
        <source>--ab-side: &quot;%1&quot; is not a or b.</source>
        <translation>--ab-side: „%1“ ist weder a noch b.</translation>
    </message>
    <message>
        <source>--ab-side needs --ab-run ID.</source>
        <translation>--ab-side erfordert --ab-run ID.</translation>
    </message>
    <message>
        <source>--monthly-tokens: &quot;%1&quot; is not a number.</source>
        <translation>--monthly-tokens: „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>--api-spend: &quot;%1&quot; is not a number.</source>
        <translation>--api-spend: „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>A/B run %1 has no decode timings for side %2.</source>
        <translation>A/B-Lauf %1 hat keine Dekodierungszeiten für Variante %2.</translation>
    </message>
    <message>
        <source>inferometer-cli: note: A/B run %1 ran on a CPU implementation of Vulkan (%2): its speed says nothing about a GPU server.</source>
        <translation>inferometer-cli: Hinweis: A/B-Lauf %1 lief auf einer CPU-Implementierung von Vulkan (%2): Seine Geschwindigkeit sagt nichts über einen GPU-Server aus.</translation>
    </message>
    <message>
        <source>No calls to compare with: import usage first.</source>
        <translation>Keine Aufrufe zum Vergleich: Importieren Sie zuerst Nutzungsdaten.</translation>
    </message>
    <message>
        <source>--workspace: %1 (no priced calls in the window?)</source>
        <translation>--workspace: %1 (keine bepreisten Aufrufe im Zeitfenster?)</translation>
    </message>
    <message>
        <source>One server: %1 a month to own and run; %2 tokens a month at %3% utilization (%4 tokens/s%5).</source>
        <translation>Ein Server: %1 pro Monat für Besitz und Betrieb; %2 Token pro Monat bei %3 % Auslastung (%4 Token/s%5).</translation>
    </message>
    <message>
        <source>, A/B run %1 side %2</source>
        <translation>, A/B-Lauf %1, Variante %2</translation>
    </message>
    <message>
        <source>Self-hosted %1 per 1M tokens; the API %2 per 1M (%3 tokens, %4 a month).</source>
        <translation>Selbst gehostet: %1 pro 1 Mio. Token; API: %2 pro 1 Mio. (%3 Token, %4 pro Monat).</translation>
    </message>
    <message numerus="yes">
        <source>The volume needs %n server(s): %1 a month self-hosted against %2 on the API, %3.</source>
        <translation>
            <numerusform>Das Volumen erfordert %n Server: %1 pro Monat selbst gehostet gegenüber %2 über die API, %3.</numerusform>
            <numerusform>Das Volumen erfordert %n Server: %1 pro Monat selbst gehostet gegenüber %2 über die API, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a month saved</source>
        <translation>%1 pro Monat gespart</translation>
    </message>
    <message>
        <source>%1 a month more</source>
        <translation>%1 pro Monat mehr</translation>
    </message>
    <message>
        <source>One server breaks even at %1 tokens a month</source>
        <translation>Ein Server erreicht den Break-even-Punkt bei %1 Token pro Monat</translation>
    </message>
    <message>
        <source>, at %1% utilization.</source>
        <translation>, also bei %1 % Auslastung.</translation>
    </message>
    <message>
        <source>, more than it can generate: no utilization up to 100% breaks even.</source>
        <translation>, mehr als er erzeugen kann: Keine Auslastung bis 100 % erreicht den Break-even-Punkt.</translation>
    </message>
    <message>
        <source>$ per 1M tokens by utilization:</source>
        <translation>$ pro 1 Mio. Token nach Auslastung:</translation>
    </message>
    <message>
        <source>Each input 20% lower and higher, $ per 1M tokens:</source>
        <translation>Jede Eingangsgröße um 20 % niedriger und höher, $ pro 1 Mio. Token:</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not CLASS=PERCENT.</source>
        <translation>--%1: „%2“ hat nicht die Form CLASS=PERCENT.</translation>
    </message>
    <message>
        <source>--%1: unknown class &quot;%2&quot; (classification, extraction, support or reasoning).</source>
        <translation>--%1: unbekannte Klasse „%2“ (classification, extraction, support oder reasoning).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a percentage from 0 to 100.</source>
        <translation>--%1: „%2“ ist kein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>Plan on this workspace&apos;s own traffic, per task class.</source>
        <translation>Auf Basis des eigenen Traffics dieses Arbeitsbereichs planen, pro Aufgabenklasse.</translation>
    </message>
    <message>
        <source>With --workspace: the latest days read, as a monthly load (default 30).</source>
        <translation>Mit --workspace: Anzahl der zuletzt gelesenen Tage, als monatliche Last hochgerechnet (Standard 30).</translation>
    </message>
    <message>
        <source>Plan on the source article&apos;s case study instead: 1,000 descriptions a month on a frontier model (gpt), cascaded through a small API model (hybrid) or routed to a self-hosted one (slm).</source>
        <translation>Stattdessen auf Basis der Fallstudie aus dem Quellartikel planen: 1.000 Beschreibungen pro Monat mit einem Frontier-Modell (gpt), kaskadiert über ein kleines API-Modell (hybrid) oder an ein selbst gehostetes Modell geroutet (slm).</translation>
    </message>
    <message>
        <source>Send PERCENT of a class&apos;s work to the small model directly (repeatable).</source>
        <translation>PERCENT der Arbeit einer Klasse direkt an das kleine Modell senden (wiederholbar).</translation>
    </message>
    <message>
        <source>Send all of a class&apos;s work to the small model first, PERCENT of it escalating to today&apos;s model (repeatable).</source>
        <translation>Die gesamte Arbeit einer Klasse zuerst an das kleine Modell senden, wobei PERCENT davon an das heutige Modell eskaliert werden (wiederholbar).</translation>
    </message>
    <message>
        <source>The small model: a catalog model whose prices apply.</source>
        <translation>Das kleine Modell: ein Katalogmodell, dessen Preise gelten.</translation>
    </message>
    <message>
        <source>The small model&apos;s price instead, USD per 1M input and output tokens (output defaults to input).</source>
        <translation>Stattdessen der Preis des kleinen Modells, USD pro 1 Mio. Eingabe- und Ausgabetoken (Ausgabe standardmäßig wie Eingabe).</translation>
    </message>
    <message>
        <source>Percent of the small model&apos;s outcomes a human corrects (default 5; the case study&apos;s own otherwise).</source>
        <translation>Prozentsatz der Ergebnisse des kleinen Modells, die ein Mensch korrigiert (Standard 5; bei der Fallstudie deren eigener Wert).</translation>
    </message>
    <message>
        <source>USD one human correction costs (default 5).</source>
        <translation>Kosten einer menschlichen Korrektur in USD (Standard 5).</translation>
    </message>
    <message>
        <source>With --workspace: put a workflow (its project, else cost center) in a class (repeatable).</source>
        <translation>Mit --workspace: einen Workflow (sein Projekt, sonst seine Kostenstelle) einer Klasse zuordnen (wiederholbar).</translation>
    </message>
    <message>
        <source>routing needs --workspace W or --case-study gpt|hybrid|slm (one of them).</source>
        <translation>routing erfordert --workspace W oder --case-study gpt|hybrid|slm (genau eines davon).</translation>
    </message>
    <message>
        <source>--case-study: &quot;%1&quot; is not gpt, hybrid or slm.</source>
        <translation>--case-study: „%1“ ist weder gpt, hybrid noch slm.</translation>
    </message>
    <message>
        <source>--%1 needs --workspace W.</source>
        <translation>--%1 erfordert --workspace W.</translation>
    </message>
    <message>
        <source>--cascade: %1 is already routed by --route; give one strategy per class.</source>
        <translation>--cascade: %1 wird bereits über --route geroutet; geben Sie eine Strategie pro Klasse an.</translation>
    </message>
    <message>
        <source>--classify: &quot;%1&quot; is not WORKFLOW=CLASS.</source>
        <translation>--classify: „%1“ hat nicht die Form WORKFLOW=CLASS.</translation>
    </message>
    <message>
        <source>--classify: unknown class &quot;%1&quot; (classification, extraction, support or reasoning).</source>
        <translation>--classify: unbekannte Klasse „%1“ (classification, extraction, support oder reasoning).</translation>
    </message>
    <message>
        <source>--correction-cost takes USD, a number.</source>
        <translation>--correction-cost erwartet einen Betrag in USD.</translation>
    </message>
    <message>
        <source>--small-correction-rate takes a percentage from 0 to 100.</source>
        <translation>--small-correction-rate erwartet einen Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>--small-price: give the small model&apos;s price or --small-model, not both.</source>
        <translation>--small-price: Geben Sie entweder den Preis des kleinen Modells oder --small-model an, nicht beides.</translation>
    </message>
    <message>
        <source>--small-price takes USD per 1M tokens: IN or IN,OUT.</source>
        <translation>--small-price erwartet USD pro 1 Mio. Token: IN oder IN,OUT.</translation>
    </message>
    <message>
        <source>No calls to plan from: import usage first.</source>
        <translation>Keine Aufrufe als Planungsgrundlage: Importieren Sie zuerst Nutzungsdaten.</translation>
    </message>
    <message>
        <source>inferometer-cli: note: --classify: no workflow &quot;%1&quot; in the window.</source>
        <translation>inferometer-cli: Hinweis: --classify: kein Workflow „%1“ im Zeitfenster.</translation>
    </message>
    <message>
        <source>--small-model: no price for model &quot;%1&quot; in the catalog (see inferometer-cli prices).</source>
        <translation>--small-model: kein Preis für Modell „%1“ im Katalog (siehe inferometer-cli prices).</translation>
    </message>
    <message>
        <source>small model</source>
        <translation>kleines Modell</translation>
    </message>
    <message>
        <source>inferometer-cli: note: no %1 work to plan on: its --%2 changes nothing.</source>
        <translation>inferometer-cli: Hinweis: keine Arbeit der Klasse %1 zum Planen: --%2 dafür ändert nichts.</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC), per month:</source>
        <translation>%1 bis %2 (UTC), pro Monat:</translation>
    </message>
    <message>
        <source>The article&apos;s case study, option %1, per month:</source>
        <translation>Fallstudie des Artikels, Option %1, pro Monat:</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>new CPSO</source>
        <translation>CPSO neu</translation>
    </message>
    <message>
        <source>+ corr.</source>
        <translation>+ Korr.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>Erspart</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>Corrections: %1 of outcomes today, %2 projected, at %3 each.</source>
        <translation>Korrekturen: heute %1 der Ergebnisse, laut Prognose %2, zu je %3.</translation>
    </message>
    <message>
        <source>%1: %2 model savings fall outside the article&apos;s %3 to %4 for this class: check the plan.</source>
        <translation>%1: %2 Modelleinsparung liegt außerhalb der im Artikel genannten %3 bis %4 für diese Klasse: Prüfen Sie den Plan.</translation>
    </message>
    <message>
        <source>%1: mostly %2; workflows %3</source>
        <translation>%1: überwiegend %2; Workflows %3</translation>
    </message>
    <message>
        <source>Write FOCUS 1.2 CSV to this file.</source>
        <translation>FOCUS-1.2-CSV in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Export calls from this time, inclusive (default: the first call).</source>
        <translation>Aufrufe ab diesem Zeitpunkt (einschließlich) exportieren (Standard: erster Aufruf).</translation>
    </message>
    <message>
        <source>Export calls until this time; a date includes that day (default: the last call).</source>
        <translation>Aufrufe bis zu diesem Zeitpunkt exportieren; ein Datum schließt diesen Tag ein (Standard: letzter Aufruf).</translation>
    </message>
    <message>
        <source>One charge period per day (default) or per hour.</source>
        <translation>Ein Abrechnungszeitraum pro Tag (Standard) oder pro Stunde.</translation>
    </message>
    <message>
        <source>export needs --workspace W and --focus FILE.csv.</source>
        <translation>export erfordert --workspace W und --focus FILE.csv.</translation>
    </message>
    <message>
        <source>--granularity: &quot;%1&quot; is neither day nor hour.</source>
        <translation>--granularity: „%1“ ist weder day noch hour.</translation>
    </message>
    <message>
        <source>--to must come after --from.</source>
        <translation>--to muss nach --from liegen.</translation>
    </message>
    <message>
        <source>%1: %2 FOCUS 1.2 rows for %3 calls; ListCost $%4, BilledCost $%5.</source>
        <translation>%1: %2 FOCUS-1.2-Zeilen für %3 Aufrufe; ListCost $%4, BilledCost $%5.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1 calls with neither a price nor a reported cost, which FOCUS cannot carry without inventing one: %2. Price them on the Prices page to include them.</source>
        <translation>Ausgelassen: %1 Aufrufe ohne Preis und ohne gemeldete Kosten, die FOCUS nicht abbilden kann, ohne Kosten zu erfinden: %2. Legen Sie auf der Seite „Preise“ Preise dafür fest, um sie einzubeziehen.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>When the call happened: ISO 8601 (2026-10-01T09:00:00Z) or epoch seconds or milliseconds. Other layouts need a time format. A time without a zone is UTC. Required.</source>
        <translation>Zeitpunkt des Aufrufs: ISO 8601 (2026-10-01T09:00:00Z) oder Epoch-Sekunden bzw. -Millisekunden. Andere Schreibweisen erfordern ein Zeitformat. Eine Zeit ohne Zone gilt als UTC. Erforderlich.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model as the provider names it (gpt-4o-mini, claude-sonnet-4-5): it selects the price. Required.</source>
        <translation>Das Modell so, wie der Anbieter es benennt (gpt-4o-mini, claude-sonnet-4-5): Es bestimmt den Preis. Erforderlich.</translation>
    </message>
    <message>
        <source>Tokens (six buckets that do not overlap)</source>
        <translation>Token (sechs sich nicht überschneidende Kategorien)</translation>
    </message>
    <message>
        <source>Uncached input</source>
        <translation>Nicht zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>Input tokens billed at the full input price. The buckets do not overlap: if this column also counts cached tokens, do not map those to cache read as well.</source>
        <translation>Eingabetoken, die zum vollen Eingabepreis abgerechnet werden. Die Kategorien überschneiden sich nicht: Wenn diese Spalte auch zwischengespeicherte Token zählt, ordnen Sie diese nicht zusätzlich „Cache-Lesen“ zu.</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Input tokens read from the prompt cache, billed at the cached-input price.</source>
        <translation>Aus dem Prompt-Cache gelesene Eingabetoken, abgerechnet zum Preis für zwischengespeicherte Eingabe.</translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation>Cache-Schreibvorgang (5 Min.)</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache with a 5-minute lifetime (Anthropic&apos;s cache_creation_input_tokens).</source>
        <translation>Eingabetoken, die mit einer Lebensdauer von 5 Minuten in den Prompt-Cache geschrieben werden (cache_creation_input_tokens bei Anthropic).</translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation>Cache-Schreibvorgang (1 Std.)</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache with a 1-hour lifetime.</source>
        <translation>Eingabetoken, die mit einer Lebensdauer von 1 Stunde in den Prompt-Cache geschrieben werden.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Generated tokens, not counting reasoning tokens (map those separately, or not at all when this column includes them).</source>
        <translation>Erzeugte Token ohne Reasoning-Token (ordnen Sie diese separat zu oder gar nicht, wenn diese Spalte sie bereits enthält).</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning-Token</translation>
    </message>
    <message>
        <source>Hidden reasoning (thinking) tokens, billed as output. Leave unmapped when the output column already counts them.</source>
        <translation>Verborgene Reasoning-Token (Thinking), als Ausgabe abgerechnet. Nicht zuordnen, wenn die Ausgabespalte sie bereits zählt.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Reported cost (USD)</source>
        <translation>Gemeldete Kosten (USD)</translation>
    </message>
    <message>
        <source>What the source says the call cost, in USD. Kept next to the list cost computed from the price catalog and compared with it on the Billing check page; it never replaces it.</source>
        <translation>Was der Aufruf laut Quelle gekostet hat, in USD. Wird neben den aus dem Preiskatalog berechneten Listenkosten gespeichert und auf der Seite „Abrechnungsprüfung“ mit diesen verglichen; ersetzt sie nie.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>openai, anthropic, google, …; optional: the price catalog knows the provider of most models.</source>
        <translation>openai, anthropic, google, …; optional: Der Preiskatalog kennt den Anbieter der meisten Modelle.</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>The department that pays. Attribution rules can fill it from the other fields later.</source>
        <translation>Die Abteilung, die bezahlt. Zuordnungsregeln können das Feld später aus den anderen Feldern füllen.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The team that made the call.</source>
        <translation>Das Team, das den Aufruf ausgeführt hat.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>The person or service account responsible for the call.</source>
        <translation>Die Person oder das Dienstkonto, die bzw. das für den Aufruf verantwortlich ist.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The key&apos;s id, alias or hash, never the secret itself. Spend on keys without an owner shows as shadow spend.</source>
        <translation>ID, Alias oder Hash des Schlüssels, niemals das Geheimnis selbst. Ausgaben über Schlüssel ohne Eigentümer erscheinen als Schattenausgaben.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>The project or application the call served.</source>
        <translation>Das Projekt oder die Anwendung, für die der Aufruf erfolgte.</translation>
    </message>
    <message>
        <source>Tasks and calls</source>
        <translation>Aufgaben und Aufrufe</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>The unit of work the call belongs to: cost per task, CPSO and rework need it.</source>
        <translation>Die Arbeitseinheit, zu der der Aufruf gehört: Erforderlich für Kosten pro Aufgabe, CPSO und Nacharbeit.</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>1 for the first try of a task, 2 and up for retries and fixes (rework). Empty: 1.</source>
        <translation>1 für den ersten Versuch einer Aufgabe, ab 2 für Wiederholungen und Korrekturen (Nacharbeit). Leer: 1.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>accepted, rework, rejected or unknown: CPSO divides the cost by the accepted tasks.</source>
        <translation>accepted, rework, rejected oder unknown: CPSO teilt die Kosten durch die akzeptierten Aufgaben.</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <source>The agent that made the call, in agent workflows.</source>
        <translation>Der Agent, der den Aufruf ausgeführt hat, in Agenten-Workflows.</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Aufruf-ID</translation>
    </message>
    <message>
        <source>The provider&apos;s or gateway&apos;s request id. With it, importing the file again skips calls already in the workspace even when other fields changed.</source>
        <translation>Die Anfrage-ID des Anbieters oder Gateways. Damit überspringt ein erneuter Import der Datei Aufrufe, die bereits im Arbeitsbereich sind, auch wenn sich andere Felder geändert haben.</translation>
    </message>
    <message>
        <source>Parent call id</source>
        <translation>ID des übergeordneten Aufrufs</translation>
    </message>
    <message>
        <source>The call that made this one, for agent trees and cascades.</source>
        <translation>Der Aufruf, der diesen ausgelöst hat, für Agentenbäume und Kaskaden.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>chat, completion, embedding, …</source>
        <translation>chat, completion, embedding, …</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>How many calls the row stands for, in daily or hourly totals. Empty: 1.</source>
        <translation>Wie viele Aufrufe die Zeile repräsentiert, bei Tages- oder Stundensummen. Leer: 1.</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>How long the call took, in milliseconds.</source>
        <translation>Wie lange der Aufruf gedauert hat, in Millisekunden.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ok or error. Empty: ok.</source>
        <translation>ok oder error. Leer: ok.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch-Modus</translation>
    </message>
    <message>
        <source>true when the call was billed at the batch price (true/false, 1/0, yes/no).</source>
        <translation>true, wenn der Aufruf zum Batch-Preis abgerechnet wurde (true/false, 1/0, yes/no).</translation>
    </message>
    <message>
        <source>Map columns: %1</source>
        <translation>Spalten zuordnen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: choose the column that holds each field; &lt;b&gt;time&lt;/b&gt; and &lt;b&gt;model&lt;/b&gt; are required. Hover a field for what it means. The tables on the right follow your choices: the file&apos;s first rows, the events as they will be stored, and the rows that would be rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Wählen Sie für jedes Feld die Spalte, die es enthält; &lt;b&gt;Zeit&lt;/b&gt; und &lt;b&gt;Modell&lt;/b&gt; sind erforderlich. Bewegen Sie den Mauszeiger über ein Feld, um seine Bedeutung zu sehen. Die Tabellen rechts folgen Ihrer Auswahl: die ersten Zeilen der Datei, die Ereignisse, wie sie gespeichert werden, und die Zeilen, die abgelehnt würden.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Remember for files named</source>
        <translation>&amp;Merken für Dateien namens</translation>
    </message>
    <message>
        <source>The mapping is used again for files whose name matches: * stands for any characters, ? for one. The default replaces the digits of the name, so that next month&apos;s export matches too.</source>
        <translation>Die Zuordnung wird für Dateien wiederverwendet, deren Name passt: * steht für beliebige Zeichen, ? für ein einzelnes. Standardmäßig werden die Ziffern des Namens ersetzt, damit auch der Export des nächsten Monats passt.</translation>
    </message>
    <message>
        <source>&amp;Use Mapping</source>
        <translation>Zuordnung &amp;verwenden</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>What separates the columns of the CSV file. JSON Lines files have none.</source>
        <translation>Womit die Spalten der CSV-Datei getrennt sind. JSON-Lines-Dateien haben kein Trennzeichen.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>ISO 8601 or epoch</source>
        <translation>ISO 8601 oder Epoch</translation>
    </message>
    <message>
        <source>Only for a time column in another layout, written as for QDateTime: dd.MM.yyyy HH:mm, MM/dd/yyyy, … A layout without a zone is read as UTC. Leave empty for ISO 8601 (2026-10-01T09:00:00Z) and epoch numbers.</source>
        <translation>Nur für eine Zeitspalte in einem anderen Format, geschrieben wie für QDateTime: dd.MM.yyyy HH:mm, MM/dd/yyyy, … Ein Format ohne Zone wird als UTC gelesen. Für ISO 8601 (2026-10-01T09:00:00Z) und Epoch-Zahlen leer lassen.</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>Zeit&amp;format:</translation>
    </message>
    <message>
        <source>The file&apos;s first rows (line numbers at the left; mapped columns tinted)</source>
        <translation>Die ersten Zeilen der Datei (Zeilennummern links; zugeordnete Spalten eingefärbt)</translation>
    </message>
    <message>
        <source>As they will be stored: events, priced</source>
        <translation>So, wie sie gespeichert werden: Ereignisse, bepreist</translation>
    </message>
    <message>
        <source>Rejected rows (a file with any is not imported)</source>
        <translation>Abgelehnte Zeilen (eine Datei mit solchen Zeilen wird nicht importiert)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>This is a JSON Lines file: the columns are its keys, nested ones as a.b.</source>
        <translation>Dies ist eine JSON-Lines-Datei: Die Spalten sind ihre Schlüssel, verschachtelte als a.b.</translation>
    </message>
    <message numerus="yes">
        <source>Of the first %n row(s): </source>
        <translation>
            <numerusform>Aus %n Zeile: </numerusform>
            <numerusform>Aus den ersten %n Zeilen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected.</source>
        <translation>
            <numerusform>, %n abgelehnt.</numerusform>
            <numerusform>, %n abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) unpriced: the price list does not know the model.</source>
        <translation>
            <numerusform>%n Ereignis ohne Preis: Die Preisliste kennt das Modell nicht.</numerusform>
            <numerusform>%n Ereignisse ohne Preis: Die Preisliste kennt das Modell nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file with rejected rows is not imported: choose other columns, or fix the rows.</source>
        <translation>Eine Datei mit abgelehnten Zeilen wird nicht importiert: Wählen Sie andere Spalten oder korrigieren Sie die Zeilen.</translation>
    </message>
    <message>
        <source>Choose the columns of time and model first.</source>
        <translation>Wählen Sie zuerst die Spalten für Zeit und Modell.</translation>
    </message>
</context>
<context>
    <name>CostCentersPage</name>
    <message>
        <source>Cost centers</source>
        <translation>Kostenstellen</translation>
    </message>
    <message>
        <source>Could not compute the cost centers: %1</source>
        <translation>Die Kostenstellen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Compare with previous period</source>
        <translation>Mit vorherigem Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Show the change of spend against the period of the same length just before this one.</source>
        <translation>Die Änderung der Ausgaben gegenüber dem gleich langen Zeitraum unmittelbar davor anzeigen.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown (expanded ones with their children) with their path and metrics as CSV (UTF-8).</source>
        <translation>Die angezeigten Zeilen (aufgeklappte mit ihren Unterzeilen) mit Pfad und Kennzahlen als CSV (UTF-8) speichern.</translation>
    </message>
    <message>
        <source>Double-click a row to see the calls behind it.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um die zugehörigen Aufrufe zu sehen.</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ Neuere</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>Ältere ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Show calls</source>
        <translation>Aufrufe anzeigen</translation>
    </message>
    <message>
        <source>Could not read the calls: %1</source>
        <translation>Die Aufrufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No calls behind %1 in this period</source>
        <translation>Keine Aufrufe für %1 in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Calls %1–%2 of %3 behind %4, newest first</source>
        <translation>Aufrufe %1–%2 von %3 für %4, neueste zuerst</translation>
    </message>
    <message>
        <source>No calls in this workspace</source>
        <translation>Keine Aufrufe in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC) · %3 · %4 events</source>
        <translation>%1 – %2 (UTC) · %3 · %4 Ereignisse</translation>
    </message>
    <message>
        <source> · no calls in the previous period</source>
        <translation> · keine Aufrufe im vorherigen Zeitraum</translation>
    </message>
    <message>
        <source> · previous period %1%2</source>
        <translation> · vorheriger Zeitraum %1%2</translation>
    </message>
    <message>
        <source> (%1%2)</source>
        <translation> (%1%2)</translation>
    </message>
    <message>
        <source>Export cost centers</source>
        <translation>Kostenstellen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the calls behind %1…</source>
        <translation>Aufrufe für %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Spend by cost center, team, owner and API key</source>
        <translation>Ausgaben nach Kostenstelle, Team, Verantwortlichem und API-Schlüssel</translation>
    </message>
    <message>
        <source>Calls behind the selected row</source>
        <translation>Aufrufe hinter der ausgewählten Zeile</translation>
    </message>
</context>
<context>
    <name>CostTreeModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No key, no project</source>
        <translation>Kein Schlüssel, kein Projekt</translation>
    </message>
    <message>
        <source>%1 (project, no key)</source>
        <translation>%1 (Projekt, kein Schlüssel)</translation>
    </message>
    <message>
        <source>Cost center › team › owner › API key (the project for calls made without a key) › model.</source>
        <translation>Kostenstelle › Team › Verantwortlicher › API-Schlüssel (bei Aufrufen ohne Schlüssel das Projekt) › Modell.</translation>
    </message>
    <message>
        <source>List cost in the period: tokens in each of the six buckets × the price valid at the time of the call. Calls to models without a known price are not counted (never as $0).</source>
        <translation>Listenkosten im Zeitraum: Token in jeder der sechs Kategorien × der zum Zeitpunkt des Aufrufs gültige Preis. Aufrufe von Modellen ohne bekannten Preis werden nicht gezählt (niemals als $0).</translation>
    </message>
    <message>
        <source>Share of the parent&apos;s spend (for a cost center: of the total) in the period.</source>
        <translation>Anteil an den Ausgaben der übergeordneten Ebene (bei einer Kostenstelle: an der Gesamtsumme) im Zeitraum.</translation>
    </message>
    <message>
        <source>Change of spend against the previous period of the same length, just before this one. ▲ spends more, ▼ less; &quot;new&quot; had no spend before.</source>
        <translation>Änderung der Ausgaben gegenüber dem gleich langen Zeitraum unmittelbar davor. ▲ mehr Ausgaben, ▼ weniger; „neu“ hatte zuvor keine Ausgaben.</translation>
    </message>
    <message>
        <source>Spend per day over the period, each row on its own scale (the dot marks the last day).</source>
        <translation>Ausgaben pro Tag im Zeitraum, jede Zeile in ihrem eigenen Maßstab (der Punkt markiert den letzten Tag).</translation>
    </message>
    <message>
        <source>Cost center › … › model</source>
        <translation>Kostenstelle › … › Modell</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Δ vs previous</source>
        <translation>Δ zum Vorzeitraum</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Cost / task</source>
        <translation>Kosten/Aufgabe</translation>
    </message>
    <message>
        <source>CPSO</source>
        <translation>CPSO</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Token eff.</source>
        <translation>Token-Eff.</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1: %2
%3 calls · %4 events</source>
        <translation>%1: %2
%3 Aufrufe · %4 Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%1 list cost; %n call(s) without a known price are not included.</source>
        <translation>
            <numerusform>%1 Listenkosten; %n Aufruf ohne bekannten Preis ist nicht enthalten.</numerusform>
            <numerusform>%1 Listenkosten; %n Aufrufe ohne bekannten Preis sind nicht enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 list cost</source>
        <translation>%1 Listenkosten</translation>
    </message>
    <message>
        <source>Previous period %1 – %2: %3
This period: %4</source>
        <translation>Vorheriger Zeitraum %1 – %2: %3
Dieser Zeitraum: %4</translation>
    </message>
    <message>
        <source>Spend per day, %1 – %2; peak %3 on %4</source>
        <translation>Ausgaben pro Tag, %1 – %2; Spitze %3 am %4</translation>
    </message>
    <message>
        <source>%1
%2 tasks</source>
        <translation>%1
%2 Aufgaben</translation>
    </message>
    <message>
        <source>%1
%2 accepted tasks</source>
        <translation>%1
%2 akzeptierte Aufgaben</translation>
    </message>
    <message>
        <source>Spend (USD)</source>
        <translation>Ausgaben (USD)</translation>
    </message>
    <message>
        <source>Share of parent</source>
        <translation>Anteil an übergeordneter Ebene</translation>
    </message>
    <message>
        <source>Previous spend (USD)</source>
        <translation>Vorherige Ausgaben (USD)</translation>
    </message>
    <message>
        <source>Change vs previous</source>
        <translation>Änderung zum Vorzeitraum</translation>
    </message>
    <message>
        <source>Cost per task (USD)</source>
        <translation>Kosten pro Aufgabe (USD)</translation>
    </message>
    <message>
        <source>CPSO (USD)</source>
        <translation>CPSO (USD)</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>Nacharbeitsquote</translation>
    </message>
    <message>
        <source>Token efficiency</source>
        <translation>Token-Effizienz</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The file already exists; the demo is only written to a new file.</source>
        <translation>Die Datei existiert bereits; die Demo wird nur in eine neue Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesPage</name>
    <message>
        <source>Billing check</source>
        <translation>Abrechnungsprüfung</translation>
    </message>
    <message>
        <source>Where a source states what calls cost (a provider&apos;s cost export beside its usage export, a gateway&apos;s spend, a tracer&apos;s cost attribute), Inferometer compares it with the list cost of the same model on the same day. A difference means a wrong or missing price, a discount, or a change in how the provider bills.</source>
        <translation>Wo eine Quelle angibt, was Aufrufe gekostet haben (der Kostenexport eines Anbieters neben seinem Nutzungsexport, die Ausgaben eines Gateways, das Kostenattribut eines Tracers), vergleicht Inferometer diesen Wert mit den Listenkosten desselben Modells am selben Tag. Eine Abweichung bedeutet einen falschen oder fehlenden Preis, einen Rabatt oder eine Änderung in der Abrechnungsweise des Anbieters.</translation>
    </message>
    <message>
        <source>Show differences above</source>
        <translation>Abweichungen anzeigen ab</translation>
    </message>
    <message>
        <source>Relative difference between reported and list cost that counts as a discrepancy</source>
        <translation>Relative Differenz zwischen gemeldeten Kosten und Listenkosten, ab der eine Abweichung vorliegt</translation>
    </message>
    <message>
        <source>&lt;b&gt;No discrepancies&lt;/b&gt; above the threshold (or no source in this workspace states its costs).</source>
        <translation>&lt;b&gt;Keine Abweichungen&lt;/b&gt; über dem Schwellenwert (oder keine Quelle in diesem Arbeitsbereich gibt ihre Kosten an).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n model-day(s)&lt;/b&gt; differ: reported %1 against %2 at list prices.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Modelltag&lt;/b&gt; weicht ab: gemeldet %1 gegenüber %2 zu Listenpreisen.</numerusform>
            <numerusform>&lt;b&gt;%n Modelltage&lt;/b&gt; weichen ab: gemeldet %1 gegenüber %2 zu Listenpreisen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing discrepancies</source>
        <translation>Abrechnungsabweichungen</translation>
    </message>
</context>
<context>
    <name>DiscrepancyModel</name>
    <message>
        <source>Tokens × the catalog price valid that day, for the model&apos;s calls that day.</source>
        <translation>Token × der an diesem Tag gültige Katalogpreis, für die Aufrufe des Modells an diesem Tag.</translation>
    </message>
    <message>
        <source>What the source (provider cost export, gateway, tracer) says those calls cost.</source>
        <translation>Was die Quelle (Kostenexport des Anbieters, Gateway, Tracer) als Kosten dieser Aufrufe angibt.</translation>
    </message>
    <message>
        <source>(reported − list) / list. Blank when there is no list cost to compare (unpriced model, or a cost row without usage).</source>
        <translation>(gemeldet − Liste) / Liste. Leer, wenn keine Listenkosten zum Vergleich vorliegen (Modell ohne Preis oder Kostenzeile ohne Nutzung).</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>List cost</source>
        <translation>Listenkosten</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Difference %</source>
        <translation>Differenz %</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
</context>
<context>
    <name>ErrorListModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>Call %1, no parent call</source>
        <translation>Aufruf %1, kein übergeordneter Aufruf</translation>
    </message>
    <message>
        <source>Call %1, child of %2</source>
        <translation>Aufruf %1, untergeordnet zu %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Input tok.</source>
        <translation>Eingabetok.</translation>
    </message>
    <message>
        <source>Output tok.</source>
        <translation>Ausgabetok.</translation>
    </message>
    <message>
        <source>List cost</source>
        <translation>Listenkosten</translation>
    </message>
    <message>
        <source>Input tokens: uncached + cache reads + cache writes.</source>
        <translation>Eingabetoken: nicht zwischengespeichert + Cache-Lesevorgänge + Cache-Schreibvorgänge.</translation>
    </message>
    <message>
        <source>Output tokens, reasoning included.</source>
        <translation>Ausgabetoken, einschließlich Reasoning-Token.</translation>
    </message>
    <message>
        <source>The call&apos;s list cost from the price catalog valid at its time.</source>
        <translation>Die Listenkosten des Aufrufs laut dem zu seinem Zeitpunkt gültigen Preiskatalog.</translation>
    </message>
</context>
<context>
    <name>Export::Chargeback</name>
    <message>
        <source>Spend without a cost center is split evenly between the cost centers with spend this month.</source>
        <translation>Ausgaben ohne Kostenstelle werden gleichmäßig auf die Kostenstellen mit Ausgaben in diesem Monat verteilt.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Spend without a cost center is split by fixed shares: %1.</source>
        <translation>Ausgaben ohne Kostenstelle werden nach festen Anteilen verteilt: %1.</translation>
    </message>
    <message>
        <source>Spend without a cost center is split in proportion to each cost center&apos;s direct spend.</source>
        <translation>Ausgaben ohne Kostenstelle werden im Verhältnis zu den direkten Ausgaben jeder Kostenstelle verteilt.</translation>
    </message>
    <message>
        <source>The rule is proportional, even or fixed:COST_CENTER=PERCENT,…</source>
        <translation>Die Regel lautet proportional, even oder fixed:COST_CENTER=PERCENT,…</translation>
    </message>
    <message>
        <source>“%1” is not COST_CENTER=PERCENT with a percent above 0 and at most 100.</source>
        <translation>„%1“ hat nicht die Form COST_CENTER=PERCENT mit einem Prozentwert über 0 und höchstens 100.</translation>
    </message>
    <message>
        <source>“%1” is not a cost center with spend this month (%2).</source>
        <translation>„%1“ ist keine Kostenstelle mit Ausgaben in diesem Monat (%2).</translation>
    </message>
    <message>
        <source>“%1” is named twice.</source>
        <translation>„%1“ wird zweimal genannt.</translation>
    </message>
    <message>
        <source>“%1”: shares are given to 1/100 of a percent at most.</source>
        <translation>„%1“: Anteile werden höchstens auf 1/100 Prozent genau angegeben.</translation>
    </message>
    <message>
        <source>A fixed rule names at least one cost center.</source>
        <translation>Eine feste Regel muss mindestens eine Kostenstelle nennen.</translation>
    </message>
    <message>
        <source>The shares add up to %1%, not 100%.</source>
        <translation>Die Anteile ergeben zusammen %1 %, nicht 100 %.</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
</context>
<context>
    <name>Export::Focus</name>
    <message>
        <source>Self-hosted (workspace TCO)</source>
        <translation>Selbst gehostet (TCO des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>Unbekannter Anbieter</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 price)</source>
        <translation>%1 %2 (Preis: %3)</translation>
    </message>
    <message>
        <source>%1 tokens at the cost the source reported (no list price)</source>
        <translation>Token von %1 zu den von der Quelle gemeldeten Kosten (kein Listenpreis)</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>Selbst gehostet</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Self-hosted inference</source>
        <translation>Selbst gehostete Inferenz</translation>
    </message>
    <message>
        <source>%1 API</source>
        <translation>%1-API</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Export::Statement</name>
    <message>
        <source>AI spend statement for %1 (UTC). Spend is the cost the provider reported, else the list price.</source>
        <translation>Aufstellung der KI-Ausgaben für %1 (UTC). Als Ausgaben gelten die vom Anbieter gemeldeten Kosten, andernfalls der Listenpreis.</translation>
    </message>
    <message>
        <source>Total to charge</source>
        <translation>Zu verrechnender Gesamtbetrag</translation>
    </message>
    <message>
        <source>Direct spend</source>
        <translation>Direkte Ausgaben</translation>
    </message>
    <message>
        <source>   of which self-hosted models</source>
        <translation>   davon selbst gehostete Modelle</translation>
    </message>
    <message>
        <source>Share of spend without a cost center</source>
        <translation>Anteil der Ausgaben ohne Kostenstelle</translation>
    </message>
    <message>
        <source>Allocation rule: %1 This month %2 of %3 had no cost center.</source>
        <translation>Verteilungsregel: %1 In diesem Monat hatten %2 von %3 keine Kostenstelle.</translation>
    </message>
    <message>
        <source>Direct spend by model</source>
        <translation>Direkte Ausgaben nach Modell</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s): %1</source>
        <translation>
            <numerusform>%n weiteres Modell: %1</numerusform>
            <numerusform>%n weitere Modelle: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Direct spend by team</source>
        <translation>Direkte Ausgaben nach Team</translation>
    </message>
    <message>
        <source>Shared spend (%1)</source>
        <translation>Gemeinsame Ausgaben (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>AI spend statement: %1</source>
        <translation>Aufstellung der KI-Ausgaben: %1</translation>
    </message>
    <message>
        <source>Cannot write the statement.</source>
        <translation>Die Aufstellung kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Chargeback statements</source>
        <translation>Aufstellungen zur Leistungsverrechnung</translation>
    </message>
    <message>
        <source>The workspace holds no calls yet.</source>
        <translation>Der Arbeitsbereich enthält noch keine Aufrufe.</translation>
    </message>
    <message>
        <source>The calendar month (UTC) to charge</source>
        <translation>Der abzurechnende Kalendermonat (UTC)</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Monat:</translation>
    </message>
    <message>
        <source>In proportion to direct spend</source>
        <translation>Im Verhältnis zu den direkten Ausgaben</translation>
    </message>
    <message>
        <source>Evenly between cost centers</source>
        <translation>Gleichmäßig auf die Kostenstellen</translation>
    </message>
    <message>
        <source>By fixed shares</source>
        <translation>Nach festen Anteilen</translation>
    </message>
    <message>
        <source>How spend without a cost center (untagged keys, shared platform calls) is shared out</source>
        <translation>Wie Ausgaben ohne Kostenstelle (Schlüssel ohne Tags, gemeinsame Plattformaufrufe) verteilt werden</translation>
    </message>
    <message>
        <source>Share unowned spend:</source>
        <translation>Nicht zugeordnete Ausgaben verteilen:</translation>
    </message>
    <message>
        <source>Cost center=percent, separated by commas, adding up to 100</source>
        <translation>Kostenstelle=Prozent, durch Kommas getrennt, in Summe 100</translation>
    </message>
    <message>
        <source>Fixed shares:</source>
        <translation>Feste Anteile:</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Ordner für die Aufstellungen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n file(s) written, for a month total of $%1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Datei geschrieben, Monatssumme $%1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Dateien geschrieben, Monatssumme $%1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the statements…</source>
        <translation>Aufstellungen werden geschrieben…</translation>
    </message>
    <message>
        <source>One charge period per day</source>
        <translation>Ein Abrechnungszeitraum pro Tag</translation>
    </message>
    <message>
        <source>One charge period per hour</source>
        <translation>Ein Abrechnungszeitraum pro Stunde</translation>
    </message>
    <message>
        <source>Export FOCUS 1.2</source>
        <translation>FOCUS 1.2 exportieren</translation>
    </message>
    <message>
        <source>The window&apos;s period of %1, as FOCUS 1.2 rows with:</source>
        <translation>Der Zeitraum des Fensters von %1 als FOCUS-1.2-Zeilen mit:</translation>
    </message>
    <message>
        <source>Export FOCUS 1.2 CSV</source>
        <translation>FOCUS 1.2 als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows for %2 calls written to %3.&lt;/p&gt;&lt;p&gt;ListCost $%4 · BilledCost $%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Zeilen für %2 Aufrufe in %3 geschrieben.&lt;/p&gt;&lt;p&gt;ListCost $%4 · BilledCost $%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 calls)</source>
        <translation>%1 (%2 Aufrufe)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Left out: %1 calls&lt;/b&gt; with neither a price nor a reported cost, which FOCUS cannot carry without inventing one: %2. Price them on the Prices page to include them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ausgelassen: %1 Aufrufe&lt;/b&gt; ohne Preis und ohne gemeldete Kosten, die FOCUS nicht abbilden kann, ohne Kosten zu erfinden: %2. Legen Sie auf der Seite „Preise“ Preise dafür fest, um sie einzubeziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>FOCUS 1.2 export</source>
        <translation>FOCUS-1.2-Export</translation>
    </message>
    <message>
        <source>Exporting FOCUS 1.2…</source>
        <translation>FOCUS 1.2 wird exportiert…</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>(no model name)</source>
        <translation>(kein Modellname)</translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation>(kein Anbieter)</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Cost per task: the cost of all calls of a task (every attempt, every agent step), averaged over tasks. A task counts once, on its first call.</source>
        <translation>Kosten pro Aufgabe: die Kosten aller Aufrufe einer Aufgabe (jeder Versuch, jeder Agentenschritt), gemittelt über die Aufgaben. Eine Aufgabe zählt einmal, bei ihrem ersten Aufruf.</translation>
    </message>
    <message>
        <source>CPSO, cost per successful outcome: total list cost / number of tasks whose final outcome is accepted.</source>
        <translation>CPSO, Kosten pro erfolgreichem Ergebnis: gesamte Listenkosten / Anzahl der Aufgaben, deren endgültiges Ergebnis akzeptiert wurde.</translation>
    </message>
    <message>
        <source>Rework rate: share of the cost of task calls spent on attempts after the first (re-runs and fixes of model errors). Tasks finally rejected count as waste, not rework.</source>
        <translation>Nacharbeitsquote: Anteil der Kosten von Aufgabenaufrufen, der auf Versuche nach dem ersten entfällt (erneute Ausführungen und Korrekturen von Modellfehlern). Endgültig abgelehnte Aufgaben zählen als Verschwendung, nicht als Nacharbeit.</translation>
    </message>
    <message>
        <source>Token efficiency: share of task tokens spent on tasks accepted at their first attempt. Token waste is its complement.</source>
        <translation>Token-Effizienz: Anteil der Aufgabentoken, der auf Aufgaben entfällt, die beim ersten Versuch akzeptiert wurden. Die Token-Verschwendung ist der Rest.</translation>
    </message>
    <message>
        <source>Cache hit rate: cache-read tokens / all input tokens (uncached + cache read + cache writes).</source>
        <translation>Cache-Trefferquote: aus dem Cache gelesene Token / alle Eingabetoken (nicht zwischengespeichert + aus dem Cache gelesen + Cache-Schreibvorgänge).</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions: 1.2B</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions: 4.3M</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands: 374k</comment>
        <translation>%1 Tsd.</translation>
    </message>
</context>
<context>
    <name>Gguf</name>
    <message>
        <source>file ends inside the length of %1</source>
        <translation>Datei endet innerhalb der Länge von %1</translation>
    </message>
    <message>
        <source>%1 claims %2 bytes but only %3 remain in the file</source>
        <translation>%1 gibt %2 Byte an, in der Datei verbleiben aber nur %3</translation>
    </message>
    <message>
        <source>file ends inside a %1 value</source>
        <translation>Datei endet innerhalb eines %1-Werts</translation>
    </message>
    <message>
        <source>bool value is %1, not 0 or 1</source>
        <translation>bool-Wert ist %1, nicht 0 oder 1</translation>
    </message>
    <message>
        <source>arrays nested deeper than %1 levels</source>
        <translation>Arrays sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>file ends inside an array header</source>
        <translation>Datei endet innerhalb eines Array-Headers</translation>
    </message>
    <message>
        <source>array element type %1 is unknown</source>
        <translation>Array-Elementtyp %1 ist unbekannt</translation>
    </message>
    <message>
        <source>array claims %1 elements of type %2 but only %3 bytes remain in the file</source>
        <translation>Array gibt %1 Elemente vom Typ %2 an, in der Datei verbleiben aber nur %3 Byte</translation>
    </message>
    <message>
        <source>value type %1 is unknown</source>
        <translation>Werttyp %1 ist unbekannt</translation>
    </message>
    <message>
        <source> (at byte %1)</source>
        <translation> (bei Byte %1)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty, not GGUF</source>
        <translation>die Datei ist leer, kein GGUF</translation>
    </message>
    <message>
        <source>cannot map into memory: %1</source>
        <translation>kann nicht in den Speicher abgebildet werden: %1</translation>
    </message>
    <message>
        <source>not a GGUF file (the first 4 bytes are not &quot;GGUF&quot;)</source>
        <translation>keine GGUF-Datei (die ersten 4 Bytes sind nicht &quot;GGUF&quot;)</translation>
    </message>
    <message>
        <source>file ends inside the header</source>
        <translation>Datei endet innerhalb des Headers</translation>
    </message>
    <message>
        <source>big-endian GGUF files are not supported</source>
        <translation>Big-Endian-GGUF-Dateien werden nicht unterstützt</translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (only 2 and 3)</source>
        <translation>GGUF-Version %1 wird nicht unterstützt (nur 2 und 3)</translation>
    </message>
    <message>
        <source>header claims %1 metadata entries, more than the file can hold</source>
        <translation>Header gibt %1 Metadateneinträge an, mehr als die Datei enthalten kann</translation>
    </message>
    <message>
        <source>header claims %1 tensors, more than the file can hold</source>
        <translation>Header gibt %1 Tensoren an, mehr als die Datei enthalten kann</translation>
    </message>
    <message>
        <source>duplicate metadata key</source>
        <translation>doppelter Metadatenschlüssel</translation>
    </message>
    <message>
        <source>file ends inside the value type</source>
        <translation>Datei endet innerhalb des Werttyps</translation>
    </message>
    <message>
        <source>must be a uint32, not %1</source>
        <translation>muss uint32 sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is not a power of two</source>
        <translation>%1 ist keine Zweierpotenz</translation>
    </message>
    <message>
        <source>duplicate tensor name</source>
        <translation>doppelter Tensorname</translation>
    </message>
    <message>
        <source>file ends inside the tensor info</source>
        <translation>Datei endet innerhalb der Tensorinformationen</translation>
    </message>
    <message>
        <source>tensor has %1 dimensions (1 to %2 allowed)</source>
        <translation>Tensor hat %1 Dimensionen (1 bis %2 zulässig)</translation>
    </message>
    <message>
        <source>file ends inside the tensor dimensions</source>
        <translation>Datei endet innerhalb der Tensordimensionen</translation>
    </message>
    <message>
        <source>dimension %1 is 0</source>
        <translation>Dimension %1 ist 0</translation>
    </message>
    <message>
        <source>dimension %1 (%2) makes the element count overflow</source>
        <translation>Dimension %1 (%2) lässt die Elementanzahl überlaufen</translation>
    </message>
    <message>
        <source>tensor type %1 is unknown</source>
        <translation>Tensortyp %1 ist unbekannt</translation>
    </message>
    <message>
        <source>row length %1 is not a multiple of the %2 block size %3</source>
        <translation>Zeilenlänge %1 ist kein Vielfaches der %2-Blockgröße %3</translation>
    </message>
    <message>
        <source>data offset %1 is not a multiple of the alignment %2</source>
        <translation>Datenoffset %1 ist kein Vielfaches der Ausrichtung %2</translation>
    </message>
    <message>
        <source>file ends before its data section</source>
        <translation>Datei endet vor ihrem Datenabschnitt</translation>
    </message>
    <message>
        <source>data (%1 bytes at data offset %2) runs past the end of the file (%3 bytes of data)</source>
        <translation>Daten (%1 Byte bei Datenoffset %2) reichen über das Dateiende hinaus (%3 Byte Daten)</translation>
    </message>
    <message>
        <source>as %1 of shape %2 its data is %3 bytes from offset %4, and runs into tensor &quot;%5&quot; at offset %6</source>
        <translation>als %1 mit Form %2 umfassen seine Daten %3 Byte ab Offset %4 und reichen in Tensor &quot;%5&quot; bei Offset %6 hinein</translation>
    </message>
    <message>
        <source>required metadata key is missing</source>
        <translation>erforderlicher Metadatenschlüssel fehlt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>no such tensor</source>
        <translation>kein solcher Tensor</translation>
    </message>
    <message>
        <source>alignment %1 is not a power of two</source>
        <translation>Ausrichtung %1 ist keine Zweierpotenz</translation>
    </message>
    <message>
        <source>a tensor needs 1 to 4 dimensions</source>
        <translation>ein Tensor braucht 1 bis 4 Dimensionen</translation>
    </message>
    <message>
        <source>row length %1 does not fit type %2</source>
        <translation>Zeilenlänge %1 passt nicht zu Typ %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>tensor data is %1 bytes, its type and dimensions need %2</source>
        <translation>Tensordaten umfassen %1 Byte, Typ und Dimensionen erfordern %2</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <source>Where the money goes</source>
        <translation>Wohin das Geld fließt</translation>
    </message>
    <message>
        <source>The Overview sums up a period of the demo company&apos;s LLM usage: spend, calls, cost per task, CPSO (cost per successful outcome), rework, token efficiency and cache hits. Hover a figure for its definition; choose the period at the top right.</source>
        <translation>Die Übersicht fasst einen Zeitraum der LLM-Nutzung der Demofirma zusammen: Ausgaben, Aufrufe, Kosten pro Aufgabe, CPSO (Kosten pro erfolgreichem Ergebnis), Nacharbeit, Token-Effizienz und Cache-Treffer. Zeigen Sie auf eine Kennzahl, um ihre Definition zu sehen; den Zeitraum wählen Sie oben rechts.</translation>
    </message>
    <message>
        <source>Who spends it</source>
        <translation>Wer es ausgibt</translation>
    </message>
    <message>
        <source>Cost centers break spend down to teams, owners and API keys, with cost per task and CPSO for each. Every table can be exported as CSV or copied as Markdown from its context menu.</source>
        <translation>Kostenstellen schlüsseln die Ausgaben nach Teams, Verantwortlichen und API-Schlüsseln auf, jeweils mit Kosten pro Aufgabe und CPSO. Jede Tabelle lässt sich über ihr Kontextmenü als CSV exportieren oder als Markdown kopieren.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Anomalies finds spend spikes, runaway agent loops, context bloat and shadow spend, each with its estimated excess cost and the calls behind it.</source>
        <translation>Anomalien findet Ausgabenspitzen, außer Kontrolle geratene Agentenschleifen, Kontextaufblähung und Schattenausgaben, jeweils mit geschätzten Mehrkosten und den Aufrufen dahinter.</translation>
    </message>
    <message>
        <source>How mature the practice is</source>
        <translation>Wie reif die Praxis ist</translation>
    </message>
    <message>
        <source>Maturity places the workspace on the AI-FinOps ladder, from 1 Chaos to 5 Autonomous governance, from evidence in the data, and lists what would reach the next level and what it would save.</source>
        <translation>Reifegrad ordnet den Arbeitsbereich anhand von Nachweisen in den Daten auf der AI-FinOps-Stufenleiter ein, von 1 Chaos bis 5 Autonome Steuerung, und nennt, was zur nächsten Stufe führt und was es einsparen würde.</translation>
    </message>
    <message>
        <source>Trim a prompt</source>
        <translation>Einen Prompt kürzen</translation>
    </message>
    <message>
        <source>The Prompt editor counts tokens as you type, suggests rewrites and shows what a shorter system prompt or a cached prefix saves a month.</source>
        <translation>Der Prompt-Editor zählt Token während der Eingabe, schlägt Umschreibungen vor und zeigt, was ein kürzerer Systemprompt oder ein zwischengespeichertes Präfix im Monat einspart.</translation>
    </message>
    <message>
        <source>Test a model on your GPU</source>
        <translation>Ein Modell auf Ihrer GPU testen</translation>
    </message>
    <message>
        <source>Model A/B runs your own GGUF model as int8 and int4 through Vulkan and compares speed, memory, perplexity and KL divergence side by side.</source>
        <translation>Modell-A/B führt Ihr eigenes GGUF-Modell als int8 und int4 über Vulkan aus und vergleicht Geschwindigkeit, Speicher, Perplexität und KL-Divergenz nebeneinander.</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>Ihre eigenen Daten</translation>
    </message>
    <message>
        <source>Import your usage logs with File ▸ Import Usage Files (Ctrl+I), or try one of the sample files under File ▸ Import Sample File. Help ▸ Guided Tour shows this tour again.</source>
        <translation>Importieren Sie Ihre Nutzungsprotokolle mit Datei ▸ Nutzungsdateien importieren (Strg+I) oder probieren Sie eine der Beispieldateien unter Datei ▸ Beispieldatei importieren. Hilfe ▸ Rundgang zeigt diesen Rundgang erneut.</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Skip Tour</source>
        <translation>Rundgang &amp;überspringen</translation>
    </message>
    <message>
        <source>End the tour (Esc); Help ▸ Guided Tour shows it again</source>
        <translation>Den Rundgang beenden (Esc); Hilfe ▸ Rundgang zeigt ihn erneut</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; known formats: auto, %2.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; bekannte Formate: auto, %2.</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import stopped.</source>
        <translation>Import angehalten.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Unbekanntes Format &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importergebnisse</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 imported&lt;/b&gt;, %2 duplicates skipped, %3 rows rejected, %4 files failed.</source>
        <translation>&lt;b&gt;%1 importiert&lt;/b&gt;, %2 Duplikate übersprungen, %3 Zeilen abgelehnt, %4 Dateien fehlgeschlagen.</translation>
    </message>
    <message>
        <source>File / line</source>
        <translation>Datei / Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates (%3)</source>
        <translation>%1 importiert, %2 Duplikate (%3)</translation>
    </message>
    <message>
        <source>, %1 unpriced</source>
        <translation>, %1 ohne Preis</translation>
    </message>
    <message>
        <source>nothing imported: %1 of %2 rows rejected</source>
        <translation>nichts importiert: %1 von %2 Zeilen abgelehnt</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import usage files</source>
        <translation>Nutzungsdateien importieren</translation>
    </message>
    <message>
        <source>Each file is recognised from its content, or read through a column mapping, and imported all or nothing; calls already in the workspace are skipped. Below: the first events as they will be stored.</source>
        <translation>Jede Datei wird anhand ihres Inhalts erkannt oder über eine Spaltenzuordnung gelesen und vollständig oder gar nicht importiert; Aufrufe, die bereits im Arbeitsbereich sind, werden übersprungen. Unten: die ersten Ereignisse, wie sie gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Map Columns…</source>
        <translation>&amp;Spalten zuordnen…</translation>
    </message>
    <message>
        <source>Say which column of the file holds the time, model, tokens, …: for any CSV or JSON Lines file. The mapping is remembered for files named alike.</source>
        <translation>Angeben, welche Spalte der Datei Zeit, Modell, Token usw. enthält: für jede CSV- oder JSON-Lines-Datei. Die Zuordnung wird für ähnlich benannte Dateien gespeichert.</translation>
    </message>
    <message>
        <source>Use the &amp;Recognised Format</source>
        <translation>&amp;Erkanntes Format verwenden</translation>
    </message>
    <message>
        <source>Read this file as its content says, without the column mapping (for this import).</source>
        <translation>Diese Datei gemäß ihrem Inhalt lesen, ohne Spaltenzuordnung (für diesen Import).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n file(s)</source>
        <translation>
            <numerusform>%n Datei &amp;importieren</numerusform>
            <numerusform>%n Dateien &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>mapped (pattern %1)</source>
        <translation>zugeordnet (Muster %1)</translation>
    </message>
    <message>
        <source>&amp;Edit Mapping…</source>
        <translation>Zuordnung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>The column mapping does not fit this file: choose &lt;b&gt;Edit Mapping…&lt;/b&gt;.</source>
        <translation>Die Spaltenzuordnung passt nicht zu dieser Datei: Wählen Sie &lt;b&gt;Zuordnung bearbeiten…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>If this is a CSV or JSON Lines file of your own, choose &lt;b&gt;Map Columns…&lt;/b&gt; to say which column holds what.</source>
        <translation>Wenn dies eine eigene CSV- oder JSON-Lines-Datei ist, wählen Sie &lt;b&gt;Spalten zuordnen…&lt;/b&gt;, um anzugeben, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source> — not readable</source>
        <translation> — nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>Format: &lt;b&gt;%1&lt;/b&gt;, read through your column mapping. First %n event(s):</source>
        <translation>
            <numerusform>Format: &lt;b&gt;%1&lt;/b&gt;, über Ihre Spaltenzuordnung gelesen. %n Ereignis als Vorschau:</numerusform>
            <numerusform>Format: &lt;b&gt;%1&lt;/b&gt;, über Ihre Spaltenzuordnung gelesen. Die ersten %n Ereignisse:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2). First %n event(s):</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2). %n Ereignis als Vorschau:</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2). Die ersten %n Ereignisse:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Rows like these are rejected: the file would not import until they are fixed.</source>
        <translation>&lt;br&gt;Zeilen wie diese werden abgelehnt: Die Datei lässt sich erst importieren, wenn sie korrigiert sind.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Inference</name>
    <message>
        <source>%1 tokens need as many targets (%2) and outputs (%3)</source>
        <translation>%1 Token erfordern ebenso viele Ziele (%2) und Ausgaben (%3)</translation>
    </message>
    <message>
        <source>Target %1 is outside the vocabulary of %2</source>
        <translation>Ziel %1 liegt außerhalb des Vokabulars der Größe %2</translation>
    </message>
    <message>
        <source>The model computed %1 at %2: its weights are finite but overflow the arithmetic, so the file is damaged or is not a trained model.</source>
        <translation>Das Modell hat bei %2 %1 berechnet: Seine Gewichte sind endlich, führen aber zu einem arithmetischen Überlauf; die Datei ist also beschädigt oder kein trainiertes Modell.</translation>
    </message>
    <message>
        <source>the prompt needs 1 to %1 tokens, it has %2</source>
        <translation>der Prompt braucht 1 bis %1 Token, er hat %2</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>required tensor is missing</source>
        <translation>erforderlicher Tensor fehlt</translation>
    </message>
    <message>
        <source>shape is %1, the model&apos;s metadata needs %2</source>
        <translation>Form ist %1, die Metadaten des Modells erfordern %2</translation>
    </message>
    <message>
        <source>tensor type %1 is not supported (f32, f16, bf16, q4_0, q4_1, q5_0, q5_1, q8_0, q2_K, q3_K, q4_K, q5_K, q6_K, iq4_nl)</source>
        <translation>Tensortyp %1 wird nicht unterstützt (f32, f16, bf16, q4_0, q4_1, q5_0, q5_1, q8_0, q2_K, q3_K, q4_K, q5_K, q6_K, iq4_nl)</translation>
    </message>
    <message>
        <source>a norm weight must be f32, not %1</source>
        <translation>ein Normgewicht muss f32 sein, nicht %1</translation>
    </message>
    <message>
        <source>holds %1 at element %2: the model file is damaged (every weight must be a finite number)</source>
        <translation>enthält %1 bei Element %2: Die Modelldatei ist beschädigt (jedes Gewicht muss eine endliche Zahl sein)</translation>
    </message>
    <message>
        <source>required metadata key is missing</source>
        <translation>erforderlicher Metadatenschlüssel fehlt</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; is not supported (llama, qwen2, phi3, gemma2)</source>
        <translation>Architektur &quot;%1&quot; wird nicht unterstützt (llama, qwen2, phi3, gemma2)</translation>
    </message>
    <message>
        <source>an embedding of %1 cannot be split into %2 heads</source>
        <translation>ein Embedding der Größe %1 lässt sich nicht auf %2 Heads aufteilen</translation>
    </message>
    <message>
        <source>%1 heads cannot be shared by %2 key/value heads</source>
        <translation>%1 Heads lassen sich nicht gleichmäßig auf %2 Key/Value-Heads verteilen</translation>
    </message>
    <message>
        <source>value length differs from the key length</source>
        <translation>die Value-Länge weicht von der Key-Länge ab</translation>
    </message>
    <message>
        <source>RoPE over %1 of %2 head dimensions is not supported</source>
        <translation>RoPE über %1 von %2 Head-Dimensionen wird nicht unterstützt</translation>
    </message>
    <message>
        <source>phi3 needs the sliding window&apos;s length</source>
        <translation>phi3 benötigt die Länge des Sliding Window</translation>
    </message>
    <message>
        <source>RMS epsilon and RoPE base must be positive</source>
        <translation>RMS-Epsilon und RoPE-Basis müssen positiv sein</translation>
    </message>
    <message>
        <source>RoPE scaling &quot;%1&quot; is unknown</source>
        <translation>RoPE-Skalierung &quot;%1&quot; ist unbekannt</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>YaRN RoPE scaling is not supported yet</source>
        <translation>YaRN-RoPE-Skalierung wird noch nicht unterstützt</translation>
    </message>
    <message>
        <source>the 2-D token embedding tensor is missing</source>
        <translation>der 2D-Tensor für Token-Embeddings fehlt</translation>
    </message>
    <message>
        <source>says %1 tokens, token_embd.weight has %2</source>
        <translation>gibt %1 Token an, token_embd.weight hat %2</translation>
    </message>
    <message>
        <source>a context of %1 tokens is too small (4 or more)</source>
        <translation>ein Kontext von %1 Token ist zu klein (mindestens 4)</translation>
    </message>
    <message>
        <source>a context of %1 tokens exceeds the backend&apos;s %2</source>
        <translation>ein Kontext von %1 Token überschreitet das Maximum des Backends (%2)</translation>
    </message>
    <message>
        <source>the text has %1 tokens; a context of %2 needs at least %3</source>
        <translation>der Text hat %1 Token; ein Kontext von %2 erfordert mindestens %3</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The perplexity overflows (a mean negative log-likelihood of %1 nats): the model gives the text a probability of 0, so the file is damaged or is not a trained model.</source>
        <translation>Die Perplexität läuft über (mittlere negative Log-Likelihood von %1 nats): Das Modell weist dem Text die Wahrscheinlichkeit 0 zu; die Datei ist also beschädigt oder kein trainiertes Modell.</translation>
    </message>
    <message>
        <source>the vocabularies differ (%1 and %2 tokens)</source>
        <translation>die Vokabulare unterscheiden sich (%1 und %2 Token)</translation>
    </message>
    <message>
        <source>The KL divergence overflows: this model gives tokens the other finds likely a probability of 0, so the file is damaged or is not a trained model.</source>
        <translation>Die KL-Divergenz läuft über: Dieses Modell weist Token, die das andere für wahrscheinlich hält, die Wahrscheinlichkeit 0 zu; die Datei ist also beschädigt oder kein trainiertes Modell.</translation>
    </message>
    <message>
        <source>cannot convert %1 to %2</source>
        <translation>%1 kann nicht in %2 umgewandelt werden</translation>
    </message>
    <message>
        <source>quantizing to %1 is not supported (%2)</source>
        <translation>Quantisierung nach %1 wird nicht unterstützt (%2)</translation>
    </message>
    <message>
        <source>is already %1; quantize from an f32 or f16 model</source>
        <translation>ist bereits %1; quantisieren Sie aus einem f32- oder f16-Modell</translation>
    </message>
    <message>
        <source>type %1 is not supported (f32, q8_0, q4_0)</source>
        <translation>Typ %1 wird nicht unterstützt (f32, q8_0, q4_0)</translation>
    </message>
    <message>
        <source>the model shape is not llama-shaped with rows in blocks of 32</source>
        <translation>die Modellform entspricht nicht der llama-Form mit Zeilen in 32er-Blöcken</translation>
    </message>
    <message>
        <source>the vocabulary is empty</source>
        <translation>das Vokabular ist leer</translation>
    </message>
    <message>
        <source>architecture %1 is not supported (llama, qwen2, phi3, gemma2)</source>
        <translation>Architektur %1 wird nicht unterstützt (llama, qwen2, phi3, gemma2)</translation>
    </message>
    <message>
        <source>%1 needs %2 buffers, got %3</source>
        <translation>%1 benötigt %2 Puffer, erhalten: %3</translation>
    </message>
    <message>
        <source>Shader %1 is not built into this program</source>
        <translation>Shader %1 ist nicht in dieses Programm eingebaut</translation>
    </message>
    <message>
        <source>Vulkan call %1 failed: %2 (%3)</source>
        <translation>Vulkan-Aufruf %1 fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>A tensor of %1 bytes exceeds the largest buffer %2 can bind (%3 bytes)</source>
        <translation>Ein Tensor mit %1 Byte überschreitet den größten Puffer, den %2 binden kann (%3 Byte)</translation>
    </message>
    <message>
        <source>The Vulkan engine needs a head size that is a multiple of 4 and whole query-head groups (head size %1, %2 heads, %3 KV heads)</source>
        <translation>Die Vulkan-Engine benötigt eine Head-Größe, die ein Vielfaches von 4 ist, und vollständige Query-Head-Gruppen (Head-Größe %1, %2 Heads, %3 KV-Heads)</translation>
    </message>
    <message>
        <source>Positions %1..%2 exceed the context of %3 tokens</source>
        <translation>Positionen %1..%2 überschreiten den Kontext von %3 Token</translation>
    </message>
    <message>
        <source>Token %1 is outside the vocabulary of %2</source>
        <translation>Token %1 liegt außerhalb des Vokabulars der Größe %2</translation>
    </message>
    <message>
        <source>Logits buffer of %1 floats, %2 needed</source>
        <translation>Logits-Puffer mit %1 Floats, %2 benötigt</translation>
    </message>
    <message>
        <source>No Vulkan driver is installed (%1); install the GPU&apos;s Vulkan driver or Mesa&apos;s lavapipe (mesa-vulkan-drivers), or use the CPU backend</source>
        <translation>Kein Vulkan-Treiber installiert (%1); installieren Sie den Vulkan-Treiber der GPU oder lavapipe von Mesa (mesa-vulkan-drivers) oder verwenden Sie das CPU-Backend</translation>
    </message>
    <message>
        <source>No Vulkan device found: the Vulkan loader lists none (install the GPU&apos;s Vulkan driver or Mesa&apos;s lavapipe, or use the CPU backend)</source>
        <translation>Kein Vulkan-Gerät gefunden: Der Vulkan-Loader führt keines auf (installieren Sie den Vulkan-Treiber der GPU oder lavapipe von Mesa oder verwenden Sie das CPU-Backend)</translation>
    </message>
    <message>
        <source>Vulkan device %1 does not exist; devices: %2</source>
        <translation>Vulkan-Gerät %1 existiert nicht; Geräte: %2</translation>
    </message>
    <message>
        <source>No Vulkan device named like &quot;%1&quot;; devices: %2</source>
        <translation>Kein Vulkan-Gerät mit einem Namen wie &quot;%1&quot;; Geräte: %2</translation>
    </message>
    <message>
        <source>No usable Vulkan device (needs Vulkan 1.2 with subgroup arithmetic and shuffle in compute); devices: %1</source>
        <translation>Kein verwendbares Vulkan-Gerät (erforderlich: Vulkan 1.2 mit Subgroup-Arithmetik und -Shuffle in Compute-Shadern); Geräte: %1</translation>
    </message>
    <message>
        <source>Vulkan device %1 (%2) lacks what the engine needs: Vulkan 1.2, a compute queue, subgroup arithmetic and shuffle in compute shaders</source>
        <translation>Dem Vulkan-Gerät %1 (%2) fehlt, was die Engine benötigt: Vulkan 1.2, eine Compute-Queue, Subgroup-Arithmetik und -Shuffle in Compute-Shadern</translation>
    </message>
    <message>
        <source>No Vulkan memory type with flags 0x%1 on %2</source>
        <translation>Kein Vulkan-Speichertyp mit Flags 0x%1 auf %2</translation>
    </message>
    <message>
        <source>Fused weights disagree in shape</source>
        <translation>Fusionierte Gewichte haben unterschiedliche Formen</translation>
    </message>
    <message>
        <source>Rows of %1 elements cannot be %2</source>
        <translation>Zeilen mit %1 Elementen können nicht vom Typ %2 sein</translation>
    </message>
    <message>
        <source>no tokens to evaluate</source>
        <translation>keine Token zum Auswerten</translation>
    </message>
    <message>
        <source>positions %1..%2 exceed the context of %3 tokens</source>
        <translation>Positionen %1..%2 überschreiten den Kontext von %3 Token</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary of %2</source>
        <translation>Token-ID %1 liegt außerhalb des Vokabulars der Größe %2</translation>
    </message>
    <message>
        <source>the logits buffer holds %1 floats, %2 are needed</source>
        <translation>der Logits-Puffer fasst %1 Floats, benötigt werden %2</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>The file is empty: there is no usage data to import.</source>
        <translation>Die Datei ist leer: Es gibt keine Nutzungsdaten zum Importieren.</translation>
    </message>
    <message>
        <source>This line is binary data, not JSON.</source>
        <translation>Diese Zeile enthält Binärdaten, kein JSON.</translation>
    </message>
    <message>
        <source>This line is not valid JSON.</source>
        <translation>Diese Zeile ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>This line is not valid JSON (the file may be truncated).</source>
        <translation>Diese Zeile ist kein gültiges JSON (die Datei ist möglicherweise abgeschnitten).</translation>
    </message>
    <message>
        <source>Import canceled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>expected an object of cache write counts.</source>
        <translation>erwartet: ein Objekt mit Token-Zahlen der Cache-Schreibvorgänge.</translation>
    </message>
    <message>
        <source>expected an object of server tool counts.</source>
        <translation>erwartet: ein Objekt mit Zählern der Server-Tool-Aufrufe.</translation>
    </message>
    <message>
        <source>must be at least 1, found 0.</source>
        <translation>muss mindestens 1 sein, gefunden: 0.</translation>
    </message>
    <message>
        <source>only USD amounts are supported, found &quot;%1&quot;.</source>
        <translation>nur USD-Beträge werden unterstützt, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected an amount in US cents such as &quot;123.45&quot;, found &quot;%1&quot;.</source>
        <translation>erwartet: ein Betrag in US-Cent wie &quot;123.45&quot;, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is not an Anthropic usage report: there is no &quot;data&quot; array of time buckets.</source>
        <translation>Dies ist kein Anthropic-Nutzungsbericht: Es gibt kein &quot;data&quot;-Array mit Zeitintervallen.</translation>
    </message>
    <message>
        <source>This is not an Anthropic cost report: there is no &quot;data&quot; array of time buckets.</source>
        <translation>Dies ist kein Anthropic-Kostenbericht: Es gibt kein &quot;data&quot;-Array mit Zeitintervallen.</translation>
    </message>
    <message>
        <source>expected a report page: an object with a &quot;data&quot; array.</source>
        <translation>erwartet: eine Berichtsseite, also ein Objekt mit einem &quot;data&quot;-Array.</translation>
    </message>
    <message>
        <source>expected an array of time buckets.</source>
        <translation>erwartet: ein Array von Zeitintervallen.</translation>
    </message>
    <message>
        <source>expected a time bucket: an object with starting_at and results.</source>
        <translation>erwartet: ein Zeitintervall, also ein Objekt mit starting_at und results.</translation>
    </message>
    <message>
        <source>expected an array of result rows.</source>
        <translation>erwartet: ein Array von Ergebniszeilen.</translation>
    </message>
    <message>
        <source>expected a result row object.</source>
        <translation>erwartet: ein Ergebniszeilen-Objekt.</translation>
    </message>
    <message>
        <source>Anthropic usage report (Admin API, messages)</source>
        <translation>Anthropic-Nutzungsbericht (Admin API, messages)</translation>
    </message>
    <message>
        <source>Anthropic cost report (Admin API)</source>
        <translation>Anthropic-Kostenbericht (Admin API)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>an object or array</source>
        <translation>ein Objekt oder Array</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be at least %1, found %2.</source>
        <translation>muss mindestens %1 sein, gefunden: %2.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>ist erforderlich.</translation>
    </message>
    <message>
        <source>an ISO 8601 time or epoch number</source>
        <translation>eine ISO-8601-Zeitangabe oder ein Epoch-Zeitstempel</translation>
    </message>
    <message>
        <source>expected &quot;ok&quot; or &quot;error&quot;, found &quot;%1&quot;.</source>
        <translation>erwartet: &quot;ok&quot; oder &quot;error&quot;, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected accepted, rework, rejected or unknown, found &quot;%1&quot;.</source>
        <translation>erwartet: accepted, rework, rejected oder unknown, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a decimal amount in USD</source>
        <translation>ein Dezimalbetrag in USD</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>This line is binary data, not a JSON object.</source>
        <translation>Diese Zeile enthält Binärdaten, kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Each line must be one JSON object (one usage event).</source>
        <translation>Jede Zeile muss genau ein JSON-Objekt sein (ein Nutzungsereignis).</translation>
    </message>
    <message>
        <source>The file is empty: there is no usage event to import.</source>
        <translation>Die Datei ist leer: Es gibt kein Nutzungsereignis zum Importieren.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no usage event to import.</source>
        <translation>Die Datei ist leer: Es gibt weder eine Kopfzeile noch ein Nutzungsereignis zum Importieren.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column. Canonical CSV needs at least time and model; columns found: %2.</source>
        <translation>Die Kopfzeile hat keine Spalte &quot;%1&quot;. Kanonisches CSV benötigt mindestens time und model; gefundene Spalten: %2.</translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>Erwartet: %1 Felder wie in der Kopfzeile, gefunden: %2.</translation>
    </message>
    <message>
        <source>The file has a header row but no usage event.</source>
        <translation>Die Datei hat eine Kopfzeile, aber kein Nutzungsereignis.</translation>
    </message>
    <message>
        <source>The format of this file was not recognised. Tried: JSON Lines of usage events (a JSON object per line) and CSV with a header of event fields (time, model, …).</source>
        <translation>Das Format dieser Datei wurde nicht erkannt. Versucht: JSON Lines mit Nutzungsereignissen (ein JSON-Objekt pro Zeile) und CSV mit einer Kopfzeile aus Ereignisfeldern (time, model, …).</translation>
    </message>
    <message>
        <source>Usage events, JSON Lines (Inferometer fields)</source>
        <translation>Nutzungsereignisse, JSON Lines (Inferometer-Felder)</translation>
    </message>
    <message>
        <source>Usage events, CSV (Inferometer fields)</source>
        <translation>Nutzungsereignisse, CSV (Inferometer-Felder)</translation>
    </message>
    <message>
        <source>This is binary data, not CSV or JSON Lines.</source>
        <translation>Das sind Binärdaten, kein CSV oder JSON Lines.</translation>
    </message>
    <message>
        <source>expected a time like &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>erwartet: eine Zeitangabe wie &quot;%1&quot;, gefunden: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The header row has no column &quot;%1&quot; (mapped to the field %2). Columns found: %3.</source>
        <translation>Die Kopfzeile hat keine Spalte &quot;%1&quot; (dem Feld %2 zugeordnet). Gefundene Spalten: %3.</translation>
    </message>
    <message>
        <source>Usage events through a column mapping (CSV or JSON Lines)</source>
        <translation>Nutzungsereignisse über eine Spaltenzuordnung (CSV oder JSON Lines)</translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the %1.</source>
        <translation>Die Spaltenzuordnung gibt nicht an, welche Spalte das Feld %1 enthält.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping: write FIELD=COLUMN, e.g. uncached_input_tokens=tokens_in.</source>
        <translation>&quot;%1&quot; ist keine Zuordnung: Schreiben Sie FIELD=COLUMN, z. B. uncached_input_tokens=tokens_in.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in &quot;%2&quot;; the fields are: %3.</source>
        <translation>Unbekanntes Feld &quot;%1&quot; in &quot;%2&quot;; verfügbare Felder: %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped twice (&quot;%2&quot; and &quot;%3&quot;).</source>
        <translation>Das Feld &quot;%1&quot; ist doppelt zugeordnet (&quot;%2&quot; und &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The mapping needs the &quot;%1&quot; field: add %1=COLUMN.</source>
        <translation>Die Zuordnung benötigt das Feld &quot;%1&quot;: Fügen Sie %1=COLUMN hinzu.</translation>
    </message>
    <message>
        <source>This line is not a JSON object: the file is not JSON Lines.</source>
        <translation>Diese Zeile ist kein JSON-Objekt: Die Datei ist kein JSON Lines.</translation>
    </message>
    <message>
        <source>This line is not UTF-8 text (binary data?).</source>
        <translation>Diese Zeile ist kein UTF-8-Text (Binärdaten?).</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed (truncated file?).</source>
        <translation>Ein in dieser Zeile begonnenes Feld in Anführungszeichen wird nie geschlossen (abgeschnittene Datei?).</translation>
    </message>
    <message>
        <source>This line nests more than %1 levels deep; no usage export does, so it is not read.</source>
        <translation>Diese Zeile ist tiefer als %1 Ebenen verschachtelt; das kommt in keinem Nutzungsexport vor, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The JSON nests more than %1 levels deep here; no usage export does, so it is not read.</source>
        <translation>Das JSON ist hier tiefer als %1 Ebenen verschachtelt; das kommt in keinem Nutzungsexport vor, daher wird es nicht gelesen.</translation>
    </message>
    <message>
        <source>The JSON ends before it is complete (the file may be truncated).</source>
        <translation>Das JSON endet, bevor es vollständig ist (die Datei ist möglicherweise abgeschnitten).</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>Dies ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found %1.</source>
        <translation>erwartet: eine nicht negative ganze Zahl, gefunden: %1.</translation>
    </message>
    <message>
        <source>expected text, found %1.</source>
        <translation>erwartet: Text, gefunden: %1.</translation>
    </message>
    <message>
        <source>expected an amount in USD, found %1.</source>
        <translation>erwartet: ein Betrag in USD, gefunden: %1.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time or epoch number, found %1.</source>
        <translation>erwartet: eine ISO-8601-Zeitangabe oder ein Epoch-Zeitstempel, gefunden: %1.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>erwartet: true oder false, gefunden: %1.</translation>
    </message>
    <message>
        <source>The format of this file was not recognised. Tried: %1. For a CSV or JSON Lines file of your own, map its columns to the event fields (Map Columns… in the import dialog, --map FIELD=COLUMN on the command line).</source>
        <translation>Das Format dieser Datei wurde nicht erkannt. Versucht: %1. Ordnen Sie bei einer eigenen CSV- oder JSON-Lines-Datei deren Spalten den Ereignisfeldern zu (Spalten zuordnen… im Importdialog, --map FIELD=COLUMN in der Befehlszeile).</translation>
    </message>
    <message>
        <source>expected an object of usage counts (JSON).</source>
        <translation>erwartet: ein Objekt mit Nutzungszahlen (JSON).</translation>
    </message>
    <message>
        <source>expected an object of costs in USD (JSON).</source>
        <translation>erwartet: ein Objekt mit Kosten in USD (JSON).</translation>
    </message>
    <message>
        <source>expected a duration in seconds, found &quot;%1&quot;.</source>
        <translation>erwartet: eine Dauer in Sekunden, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Langfuse observations export (JSON)</source>
        <translation>Langfuse-Observations-Export (JSON)</translation>
    </message>
    <message>
        <source>This is not a Langfuse observations export: expected an array of observations with id, traceId and type.</source>
        <translation>Dies ist kein Langfuse-Observations-Export: Erwartet wird ein Array von Observations mit id, traceId und type.</translation>
    </message>
    <message>
        <source>expected an observation object.</source>
        <translation>erwartet: ein Observation-Objekt.</translation>
    </message>
    <message>
        <source>Langfuse observations export (CSV)</source>
        <translation>Langfuse-Observations-Export (CSV)</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no observation.</source>
        <translation>Die Datei ist leer: Es gibt weder eine Kopfzeile noch eine Observation.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column. A Langfuse observations export needs at least id, type and startTime; columns found: %2.</source>
        <translation>Die Kopfzeile hat keine Spalte &quot;%1&quot;. Ein Langfuse-Observations-Export benötigt mindestens id, type und startTime; gefundene Spalten: %2.</translation>
    </message>
    <message>
        <source>The file has a header row but no observation.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Observation.</translation>
    </message>
    <message>
        <source>This is not a %1 export: its first row has no &quot;%2&quot; key.</source>
        <translation>Dies ist kein %1-Export: Seine erste Zeile hat keinen Schlüssel &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no usage to import.</source>
        <translation>Die Datei ist leer: Es gibt weder eine Kopfzeile noch Nutzungsdaten zum Importieren.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column, so this is not a %2 export. Columns found: %3.</source>
        <translation>Die Kopfzeile hat keine Spalte &quot;%1&quot;, daher ist dies kein %2-Export. Gefundene Spalten: %3.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>Each line must be one JSON object (one row of the table).</source>
        <translation>Jede Zeile muss genau ein JSON-Objekt sein (eine Tabellenzeile).</translation>
    </message>
    <message>
        <source>The file is empty: there is no usage to import.</source>
        <translation>Die Datei ist leer: Es gibt keine Nutzungsdaten zum Importieren.</translation>
    </message>
    <message>
        <source>This is not a %1 export: expected a JSON array of rows, an object with a &quot;data&quot; array of rows, or JSON Lines.</source>
        <translation>Dies ist kein %1-Export: Erwartet wird ein JSON-Array von Zeilen, ein Objekt mit einem &quot;data&quot;-Array von Zeilen oder JSON Lines.</translation>
    </message>
    <message>
        <source>The file holds no rows: there is no usage to import.</source>
        <translation>Die Datei enthält keine Zeilen: Es gibt keine Nutzungsdaten zum Importieren.</translation>
    </message>
    <message>
        <source>Expected a JSON object (one row of the table).</source>
        <translation>Erwartet: ein JSON-Objekt (eine Tabellenzeile).</translation>
    </message>
    <message>
        <source>This is binary data, not a %1 export (CSV or JSON).</source>
        <translation>Das sind Binärdaten, kein %1-Export (CSV oder JSON).</translation>
    </message>
    <message>
        <source>expected a JSON array of tags.</source>
        <translation>erwartet: ein JSON-Array von Tags.</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>erwartet: ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>expected True or False, found &quot;%1&quot;.</source>
        <translation>erwartet: True oder False, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected &quot;success&quot; or &quot;failure&quot;, found &quot;%1&quot;.</source>
        <translation>erwartet: &quot;success&quot; oder &quot;failure&quot;, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cached tokens cannot be part of prompt_tokens (%2): cached tokens are counted in prompt_tokens.</source>
        <translation>%1 zwischengespeicherte Token können nicht Teil von prompt_tokens (%2) sein: Zwischengespeicherte Token werden in prompt_tokens mitgezählt.</translation>
    </message>
    <message>
        <source>%1 reasoning tokens cannot be part of completion_tokens (%2).</source>
        <translation>%1 Reasoning-Token können nicht Teil von completion_tokens (%2) sein.</translation>
    </message>
    <message>
        <source>LiteLLM SpendLogs (CSV or JSON)</source>
        <translation>LiteLLM SpendLogs (CSV oder JSON)</translation>
    </message>
    <message>
        <source>LiteLLM daily spend tables (CSV or JSON)</source>
        <translation>Tägliche Ausgabentabellen von LiteLLM (CSV oder JSON)</translation>
    </message>
    <message>
        <source>A saved mapping has no &quot;fields&quot; object.</source>
        <translation>Eine gespeicherte Zuordnung hat kein &quot;fields&quot;-Objekt.</translation>
    </message>
    <message>
        <source>The saved column of the field &quot;%1&quot; is not text.</source>
        <translation>Die gespeicherte Spalte des Felds &quot;%1&quot; ist kein Text.</translation>
    </message>
    <message>
        <source>The saved delimiter &quot;%1&quot; is not one character.</source>
        <translation>Das gespeicherte Trennzeichen &quot;%1&quot; ist nicht genau ein Zeichen.</translation>
    </message>
    <message>
        <source>This is not an OpenTelemetry trace export: the JSON object has no &quot;resourceSpans&quot;.</source>
        <translation>Dies ist kein OpenTelemetry-Trace-Export: Das JSON-Objekt hat kein &quot;resourceSpans&quot;.</translation>
    </message>
    <message>
        <source>This line is not a trace request: it has no &quot;resourceSpans&quot; (metrics or logs?).</source>
        <translation>Diese Zeile ist keine Trace-Anfrage: Sie hat kein &quot;resourceSpans&quot; (Metriken oder Logs?).</translation>
    </message>
    <message>
        <source>This is not valid JSON in UTF-8.</source>
        <translation>Dies ist kein gültiges JSON in UTF-8.</translation>
    </message>
    <message>
        <source>expected a %1-byte id in hex or base64, found &quot;%2&quot;.</source>
        <translation>erwartet: eine %1-Byte-ID in Hex oder Base64, gefunden: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>expected nanoseconds since 1970 as a whole number, found &quot;%1&quot;.</source>
        <translation>erwartet: Nanosekunden seit 1970 als ganze Zahl, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the span ends before it starts.</source>
        <translation>der Span endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>expected 0, 1, 2 or STATUS_CODE_UNSET, STATUS_CODE_OK, STATUS_CODE_ERROR, found &quot;%1&quot;.</source>
        <translation>erwartet: 0, 1, 2 oder STATUS_CODE_UNSET, STATUS_CODE_OK, STATUS_CODE_ERROR, gefunden: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is binary data, not OpenTelemetry JSON.</source>
        <translation>Dies sind Binärdaten, kein OpenTelemetry-JSON.</translation>
    </message>
    <message>
        <source>The file is empty: there is no trace to import.</source>
        <translation>Die Datei ist leer: Es gibt keinen Trace zum Importieren.</translation>
    </message>
    <message>
        <source>OpenTelemetry traces, OTLP/JSON (GenAI and OpenInference spans; collector file export)</source>
        <translation>OpenTelemetry-Traces, OTLP/JSON (GenAI- und OpenInference-Spans; Dateiexport des Collectors)</translation>
    </message>
    <message>
        <source>%1 tokens is beyond what one event can hold (0 to %2).</source>
        <translation>%1 Token übersteigen, was ein einzelnes Ereignis fassen kann (0 bis %2).</translation>
    </message>
    <message>
        <source>%1 calls is beyond what one event can hold (0 to %2).</source>
        <translation>%1 Aufrufe übersteigen, was ein einzelnes Ereignis fassen kann (0 bis %2).</translation>
    </message>
    <message>
        <source>A cost of more than $%1 for one event is beyond what one event can hold.</source>
        <translation>Kosten von mehr als $%1 übersteigen, was ein einzelnes Ereignis fassen kann.</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found &quot;%1&quot;.</source>
        <translation>erwartet: nicht negative ganze Zahl, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time or epoch seconds, found &quot;%1&quot;.</source>
        <translation>erwartet: Zeitangabe nach ISO 8601 oder Unix-Sekunden, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no usage data to import.</source>
        <translation>Die Datei ist leer: Es gibt weder eine Kopfzeile noch Nutzungsdaten zum Importieren.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column, which the %2 has; columns found: %3.</source>
        <translation>Der Kopfzeile fehlt die Spalte „%1“, die zum Format %2 gehört; gefundene Spalten: %3.</translation>
    </message>
    <message>
        <source>The header row has neither a &quot;start_time&quot; nor a &quot;start_time_iso&quot; column.</source>
        <translation>Die Kopfzeile enthält weder eine Spalte „start_time“ noch eine Spalte „start_time_iso“.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>OpenAI dashboard activity export (CSV)</source>
        <translation>Aktivitätsexport aus dem OpenAI-Dashboard (CSV)</translation>
    </message>
    <message>
        <source>expected TRUE or FALSE, found &quot;%1&quot;.</source>
        <translation>erwartet: TRUE oder FALSE, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>%1 uncached input tokens are more than the %2 input tokens.</source>
        <translation>%1 nicht zwischengespeicherte Eingabetoken sind mehr als die %2 Eingabetoken insgesamt.</translation>
    </message>
    <message>
        <source>%1 cached input tokens are more than the %2 input tokens that include them.</source>
        <translation>%1 zwischengespeicherte Eingabetoken sind mehr als die %2 Eingabetoken, in denen sie enthalten sind.</translation>
    </message>
    <message>
        <source>%1 uncached + %2 cached input tokens do not add up to the %3 input tokens.</source>
        <translation>%1 nicht zwischengespeicherte + %2 zwischengespeicherte Eingabetoken ergeben nicht die %3 Eingabetoken.</translation>
    </message>
    <message>
        <source>%1 audio input tokens are more than the %2 input tokens that include them.</source>
        <translation>%1 Audio-Eingabetoken sind mehr als die %2 Eingabetoken, in denen sie enthalten sind.</translation>
    </message>
    <message>
        <source>%1 audio output tokens are more than the %2 output tokens that include them.</source>
        <translation>%1 Audio-Ausgabetoken sind mehr als die %2 Ausgabetoken, in denen sie enthalten sind.</translation>
    </message>
    <message>
        <source>OpenAI dashboard cost export (CSV)</source>
        <translation>Kostenexport aus dem OpenAI-Dashboard (CSV)</translation>
    </message>
    <message>
        <source>expected a decimal amount, found &quot;%1&quot;.</source>
        <translation>erwartet: Dezimalbetrag, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>only amounts in USD can be imported, found &quot;%1&quot;.</source>
        <translation>nur Beträge in USD können importiert werden, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>This is not a page of the %1: expected an object with a &quot;data&quot; array of buckets.</source>
        <translation>Dies ist keine Seite aus %1: Erwartet wurde ein Objekt mit einem Array „data“ aus Buckets.</translation>
    </message>
    <message>
        <source>expected a bucket object.</source>
        <translation>erwartet: Bucket-Objekt.</translation>
    </message>
    <message>
        <source>expected an array of results.</source>
        <translation>erwartet: Array von Ergebnissen.</translation>
    </message>
    <message>
        <source>expected a result object.</source>
        <translation>erwartet: Ergebnisobjekt.</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;: this file holds other results than the %3.</source>
        <translation>erwartet: „%1“, gefunden: „%2“ – diese Datei enthält andere Ergebnisse als die von %3.</translation>
    </message>
    <message>
        <source>This file is binary data, not JSON.</source>
        <translation>Diese Datei enthält Binärdaten, kein JSON.</translation>
    </message>
    <message>
        <source>This is not JSON: the %1 comes as a page object, an array of pages or one page per line.</source>
        <translation>Dies ist kein JSON: %1 liefert ein Seitenobjekt, ein Array von Seiten oder eine Seite pro Zeile.</translation>
    </message>
    <message>
        <source>The file holds an empty list: there are no pages to import.</source>
        <translation>Die Datei enthält eine leere Liste: Es gibt keine Seiten zum Importieren.</translation>
    </message>
    <message>
        <source>OpenAI Usage API (completions)</source>
        <translation>OpenAI Usage API (Completions)</translation>
    </message>
    <message>
        <source>OpenAI Costs API</source>
        <translation>OpenAI Costs API</translation>
    </message>
    <message>
        <source>expected an object with value and currency.</source>
        <translation>erwartet: Objekt mit Wert und Währung.</translation>
    </message>
    <message>
        <source>an array or key-value list</source>
        <translation>ein Array oder eine Schlüssel-Wert-Liste</translation>
    </message>
    <message>
        <source>no usable value</source>
        <translation>kein verwertbarer Wert</translation>
    </message>
    <message>
        <source>the total of %1 tokens is less than the %2 completion tokens it includes.</source>
        <translation>die Gesamtzahl von %1 Token ist kleiner als die darin enthaltenen %2 Completion-Token.</translation>
    </message>
    <message>
        <source>%1 cache-read tokens exceed the %2 input tokens (%3) that include them.</source>
        <translation>%1 Cache-Lesetoken übersteigen die %2 Eingabetoken (%3), in denen sie enthalten sind.</translation>
    </message>
    <message>
        <source>%1 cache-write plus %2 cache-read tokens exceed the %3 input tokens (%4) that include them.</source>
        <translation>%1 Cache-Schreib- plus %2 Cache-Lesetoken übersteigen die %3 Eingabetoken (%4), in denen sie enthalten sind.</translation>
    </message>
    <message>
        <source>%1 reasoning tokens exceed the %2 output tokens (%3) that include them.</source>
        <translation>%1 Reasoning-Token übersteigen die %2 Ausgabetoken (%3), in denen sie enthalten sind.</translation>
    </message>
    <message>
        <source>this span states token usage but names no model (gen_ai.response.model, gen_ai.request.model or llm.model_name).</source>
        <translation>dieser Span gibt eine Token-Nutzung an, nennt aber kein Modell (gen_ai.response.model, gen_ai.request.model oder llm.model_name).</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number or status name</source>
        <translation>eine Zahl oder ein Statusname</translation>
    </message>
    <message>
        <source>nanoseconds as a decimal string</source>
        <translation>Nanosekunden als Dezimalzeichenkette</translation>
    </message>
</context>
<context>
    <name>Ingest::Focus</name>
    <message>
        <source>FOCUS cost and usage (CSV, FOCUS 1.0–1.2)</source>
        <translation>FOCUS-Kosten und -Nutzung (CSV, FOCUS 1.0–1.2)</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no costs to import.</source>
        <translation>Die Datei ist leer: Es gibt weder eine Kopfzeile noch Kosten zum Importieren.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column, which every FOCUS file has.</source>
        <translation>Der Kopfzeile fehlt die Spalte „%1“, die jede FOCUS-Datei enthält.</translation>
    </message>
    <message>
        <source>Import canceled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>Erwartet wurden %1 Felder wie in der Kopfzeile, gefunden: %2.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time, found &quot;%1&quot;.</source>
        <translation>erwartet: Datum und Uhrzeit nach ISO 8601, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>expected a decimal amount, found &quot;%1&quot;.</source>
        <translation>erwartet: Dezimalbetrag, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>expected a whole number of tokens, found &quot;%1&quot;.</source>
        <translation>erwartet: ganzzahlige Tokenanzahl, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>expected a JSON object, found &quot;%1&quot;.</source>
        <translation>erwartet: JSON-Objekt, gefunden: „%1“.</translation>
    </message>
</context>
<context>
    <name>Ingest::JsonDocuments</name>
    <message>
        <source>The file is empty: there is no usage data to import.</source>
        <translation>Die Datei ist leer: Es gibt keine Nutzungsdaten zum Importieren.</translation>
    </message>
    <message>
        <source>This file holds binary data, not JSON.</source>
        <translation>Diese Datei enthält Binärdaten, kein JSON.</translation>
    </message>
    <message>
        <source>This line is binary data, not JSON.</source>
        <translation>Diese Zeile enthält Binärdaten, kein JSON.</translation>
    </message>
    <message>
        <source>This line is not valid JSON.</source>
        <translation>Diese Zeile ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>This line is not valid JSON (the file may be truncated).</source>
        <translation>Diese Zeile ist kein gültiges JSON (die Datei ist möglicherweise abgeschnitten).</translation>
    </message>
    <message>
        <source>Import canceled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>%1 line without a valid metric name.</source>
        <translation>%1-Zeile ohne gültigen Metriknamen.</translation>
    </message>
    <message>
        <source>Unknown metric type &quot;%1&quot; for %2.</source>
        <translation>Unbekannter Metriktyp „%1“ für %2.</translation>
    </message>
    <message>
        <source>Second TYPE line for %1.</source>
        <translation>Zweite TYPE-Zeile für %1.</translation>
    </message>
    <message>
        <source>TYPE line for %1 after its samples.</source>
        <translation>TYPE-Zeile für %1 nach deren Messwerten.</translation>
    </message>
    <message>
        <source>A sample line must start with a metric name.</source>
        <translation>Eine Messwertzeile muss mit einem Metriknamen beginnen.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 hat keinen Wert.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: the timestamp &quot;%2&quot; is not whole milliseconds.</source>
        <translation>%1: Der Zeitstempel „%2“ ist keine ganze Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>Expected a label name or &quot;}&quot; at column %1.</source>
        <translation>Labelname oder „}“ an Spalte %1 erwartet.</translation>
    </message>
    <message>
        <source>Expected &quot;=&quot; after label %1.</source>
        <translation>„=“ nach Label %1 erwartet.</translation>
    </message>
    <message>
        <source>The value of label %1 must be in double quotes.</source>
        <translation>Der Wert von Label %1 muss in doppelten Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>The value of label %1 is not closed.</source>
        <translation>Der Wert von Label %1 ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Label %1 appears twice.</source>
        <translation>Label %1 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;}&quot; after label %1.</source>
        <translation>„,“ oder „}“ nach Label %1 erwartet.</translation>
    </message>
    <message>
        <source>Binary data, not the Prometheus text format.</source>
        <translation>Binärdaten, nicht das Prometheus-Textformat.</translation>
    </message>
    <message>
        <source>HTML or XML, not the Prometheus text format (is this the /metrics path?).</source>
        <translation>HTML oder XML, nicht das Prometheus-Textformat (ist dies der Pfad /metrics?).</translation>
    </message>
    <message>
        <source>Not the Prometheus text format: no line could be read (first problem: %1).</source>
        <translation>Nicht das Prometheus-Textformat: Keine Zeile konnte gelesen werden (erstes Problem: %1).</translation>
    </message>
    <message>
        <source>Not a Prometheus API answer (%1 at byte %2).</source>
        <translation>Keine Antwort der Prometheus-API (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Prometheus refused the query (%1): %2</source>
        <translation>Prometheus hat die Abfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Not a Prometheus API answer: no &quot;status&quot;.</source>
        <translation>Keine Antwort der Prometheus-API: „status“ fehlt.</translation>
    </message>
    <message>
        <source>A scalar result that is not [time, &quot;value&quot;].</source>
        <translation>Ein Skalarergebnis, das nicht die Form [time, &quot;value&quot;] hat.</translation>
    </message>
    <message>
        <source>Unsupported result type &quot;%1&quot;.</source>
        <translation>Nicht unterstützter Ergebnistyp „%1“.</translation>
    </message>
    <message>
        <source>Series %1 has a value that is not [time, &quot;number&quot;].</source>
        <translation>Zeitreihe %1 hat einen Wert, der nicht die Form [time, &quot;number&quot;] hat.</translation>
    </message>
    <message>
        <source>vLLM prompt tokens per second</source>
        <translation>vLLM: Prompt-Token pro Sekunde</translation>
    </message>
    <message>
        <source>vLLM generated tokens per second</source>
        <translation>vLLM: generierte Token pro Sekunde</translation>
    </message>
    <message>
        <source>vLLM requests running</source>
        <translation>vLLM: laufende Anfragen</translation>
    </message>
    <message>
        <source>vLLM requests waiting</source>
        <translation>vLLM: wartende Anfragen</translation>
    </message>
    <message>
        <source>vLLM KV-cache usage</source>
        <translation>vLLM: KV-Cache-Auslastung</translation>
    </message>
    <message>
        <source>vLLM prefix-cache hit rate</source>
        <translation>vLLM: Trefferquote des Präfix-Caches</translation>
    </message>
    <message>
        <source>vLLM time to first token, p95</source>
        <translation>vLLM: Zeit bis zum ersten Token, p95</translation>
    </message>
    <message>
        <source>vLLM inter-token latency, p95</source>
        <translation>vLLM: Latenz zwischen Token, p95</translation>
    </message>
    <message>
        <source>TGI generated tokens per second</source>
        <translation>TGI: generierte Token pro Sekunde</translation>
    </message>
    <message>
        <source>TGI queue size</source>
        <translation>TGI: Warteschlangenlänge</translation>
    </message>
    <message>
        <source>LiteLLM spend per hour</source>
        <translation>LiteLLM: Ausgaben pro Stunde</translation>
    </message>
    <message>
        <source>LiteLLM remaining team budget</source>
        <translation>LiteLLM: verbleibendes Team-Budget</translation>
    </message>
    <message>
        <source>OpenCost GPU cost per hour</source>
        <translation>OpenCost: GPU-Kosten pro Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped; first: line %1: %2</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen; erste: Zeile %1: %2</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen; erste: Zeile %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>more series than the window keeps: %1 dropped</source>
        <translation>mehr Zeitreihen, als das Fenster fasst: %1 verworfen</translation>
    </message>
    <message>
        <source>The keychain refused to read the credentials: %1</source>
        <translation>Der Schlüsselbund hat das Lesen der Zugangsdaten verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store the credentials: %1</source>
        <translation>Der Schlüsselbund hat das Speichern der Zugangsdaten verweigert: %1</translation>
    </message>
</context>
<context>
    <name>Live::BoundedGet</name>
    <message>
        <source>no complete response within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>response larger than %1</source>
        <translation>Antwort größer als %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>Live::ScrapeFeed</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>LiveAlertsWidget</name>
    <message>
        <source>all cost centers</source>
        <translation>alle Kostenstellen</translation>
    </message>
    <message>
        <source>%1 % of %2&apos;s budget spent</source>
        <translation>%2: %1 % des Budgets ausgegeben</translation>
    </message>
    <message>
        <source>month end forecast over %1 % of %2&apos;s budget</source>
        <translation>%2: Prognose zum Monatsende über %1 % des Budgets</translation>
    </message>
    <message>
        <source>spend rate ≥ %1 × baseline (%2)</source>
        <translation>Ausgabenrate ≥ %1 × Basiswert (%2)</translation>
    </message>
    <message>
        <source>input token rate ≥ %1 × baseline (%2)</source>
        <translation>Eingabetoken-Rate ≥ %1 × Basiswert (%2)</translation>
    </message>
    <message>
        <source>Alerts for cost center:</source>
        <translation>Alarme für Kostenstelle:</translation>
    </message>
    <message>
        <source>The cost center this feed spends for: its monthly budget and alert rules (Budgets page) are judged on the feed&apos;s live spend rate.</source>
        <translation>Die Kostenstelle, für die dieser Feed Ausgaben verursacht: Ihr Monatsbudget und ihre Alarmregeln (Seite „Budgets“) werden anhand der aktuellen Ausgabenrate des Feeds bewertet.</translation>
    </message>
    <message>
        <source>Spent now = month-to-date list cost of the cost center&apos;s logged calls + live spend rate × hours since the last logged call.
Projected = spent now + live spend rate × hours left in the month (UTC).
Baseline = median hourly list cost over the hours with calls in the 30 days before the last logged call (idle hours left out).
Rules: budget_percent fires when spent now ≥ threshold × budget; forecast_breach when projected &gt; threshold × budget; spend_spike when live $/h ÷ baseline ≥ ratio; token_spike when live prompt tokens/h ÷ baseline input tokens/h ≥ ratio (3 × for all cost centers unless the workspace has its own rule, as in the exported Prometheus rules; a spend spike needs at least $1/h).</source>
        <translation>Jetzt ausgegeben = Listenkosten der protokollierten Aufrufe der Kostenstelle seit Monatsbeginn + aktuelle Ausgabenrate × Stunden seit dem letzten protokollierten Aufruf.
Prognostiziert = jetzt ausgegeben + aktuelle Ausgabenrate × verbleibende Stunden im Monat (UTC).
Basiswert = Median der stündlichen Listenkosten über die Stunden mit Aufrufen in den 30 Tagen vor dem letzten protokollierten Aufruf (Leerlaufstunden ausgenommen).
Regeln: budget_percent löst aus, wenn jetzt ausgegeben ≥ Schwelle × Budget; forecast_breach, wenn prognostiziert &gt; Schwelle × Budget; spend_spike, wenn aktuelle $/h ÷ Basiswert ≥ Verhältnis; token_spike, wenn aktuelle Prompt-Token/h ÷ Basiswert der Eingabetoken/h ≥ Verhältnis (3 × für alle Kostenstellen, sofern der Arbeitsbereich keine eigene Regel hat, wie in den exportierten Prometheus-Regeln; eine Ausgabenspitze erfordert mindestens $1/h).</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Seit (UTC)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>When the condition began to hold (it leaves the list when it clears).</source>
        <translation>Seit wann die Bedingung erfüllt ist (der Eintrag verschwindet aus der Liste, sobald sie nicht mehr gilt).</translation>
    </message>
    <message>
        <source>Spent now or projected month end in USD; a ratio for spikes.</source>
        <translation>Jetzt ausgegeben oder Prognose zum Monatsende in USD; bei Spitzen ein Verhältnis.</translation>
    </message>
    <message>
        <source>Threshold × budget in USD; the ratio for spikes.</source>
        <translation>Schwelle × Budget in USD; bei Spitzen das Verhältnis.</translation>
    </message>
    <message>
        <source>Open a workspace with budgets to judge the feed against them.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Budgets, um den Feed daran zu messen.</translation>
    </message>
    <message>
        <source>Budgets could not be read: %1</source>
        <translation>Budgets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>logged this month %1</source>
        <translation>diesen Monat protokolliert %1</translation>
    </message>
    <message>
        <source>spent now ≈ %1</source>
        <translation>jetzt ausgegeben ≈ %1</translation>
    </message>
    <message>
        <source>projected %1</source>
        <translation>prognostiziert %1</translation>
    </message>
    <message>
        <source>no live spend rate (a LiteLLM gateway feed has one)</source>
        <translation>keine aktuelle Ausgabenrate (der Feed eines LiteLLM-Gateways liefert sie)</translation>
    </message>
    <message>
        <source>baseline %1/h</source>
        <translation>Basiswert %1/h</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n alert(s)&lt;/b&gt;: </source>
        <translation>
            <numerusform>&lt;b&gt;%n Alarm&lt;/b&gt;: </numerusform>
            <numerusform>&lt;b&gt;%n Alarme&lt;/b&gt;: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCredentialsWidget</name>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Basic auth</source>
        <translation>Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>How the feed (or the Prometheus server) wants to be asked. The password or token is kept in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager), never in the settings file.</source>
        <translation>Wie der Feed (oder der Prometheus-Server) angefragt werden möchte. Das Passwort oder Token wird im Schlüsselbund des Betriebssystems gespeichert (Secret Service, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung), nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Basic auth user name; sent as Authorization: Basic base64(user:password).</source>
        <translation>Benutzername für Basic-Authentifizierung; gesendet als Authorization: Basic base64(user:password).</translation>
    </message>
    <message>
        <source>The password (basic auth) or the token (sent as Authorization: Bearer &lt;token&gt;). Stored in the OS keychain when you connect; never written to the settings file.</source>
        <translation>Das Passwort (Basic-Authentifizierung) oder das Token (gesendet als Authorization: Bearer &lt;token&gt;). Wird beim Verbinden im Schlüsselbund des Betriebssystems gespeichert; nie in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No OS keychain available: credentials are used for this session only and saved nowhere.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar: Die Zugangsdaten werden nur für diese Sitzung verwendet und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <source>Kept in the OS keychain.</source>
        <translation>Im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <source>Saved to the OS keychain on Connect.</source>
        <translation>Wird beim Verbinden im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>http://gpu-node:8000/metrics</source>
        <translation>http://gpu-node:8000/metrics</translation>
    </message>
    <message>
        <source>A Prometheus /metrics endpoint: vLLM, TGI, a LiteLLM proxy or OpenCost.</source>
        <translation>Ein Prometheus-Endpunkt /metrics: vLLM, TGI, ein LiteLLM-Proxy oder OpenCost.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds between scrapes.</source>
        <translation>Sekunden zwischen zwei Abrufen.</translation>
    </message>
    <message>
        <source>How long a scrape or query may take from its start to its last byte: a server that never answers, or answers a byte at a time, is given up after this (answers over 50 MB are refused at once).</source>
        <translation>Wie lange ein Abruf oder eine Abfrage vom Start bis zum letzten Byte dauern darf: Ein Server, der nie antwortet oder Byte für Byte antwortet, wird danach aufgegeben (Antworten über 50 MB werden sofort abgelehnt).</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <source>OpenCost</source>
        <translation>OpenCost</translation>
    </message>
    <message>
        <source>What the deployment costs per hour (GPU rental or TCO: depreciation, power, hosting, operations). At $0 the page uses OpenCost&apos;s node_gpu_hourly_cost when the feed has it.</source>
        <translation>Was die Bereitstellung pro Stunde kostet (GPU-Miete oder TCO: Abschreibung, Strom, Hosting, Betrieb). Bei $0 verwendet die Seite node_gpu_hourly_cost von OpenCost, sofern der Feed diese Metrik liefert.</translation>
    </message>
    <message>
        <source>The API model whose price the self-hosted cost is compared with.</source>
        <translation>Das API-Modell, mit dessen Preis die Kosten des Self-Hostings verglichen werden.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Freeze the chart (scraping goes on); zoom with the mouse wheel or by dragging a box.</source>
        <translation>Diagramm einfrieren (der Abruf läuft weiter); mit dem Mausrad oder durch Aufziehen eines Rahmens zoomen.</translation>
    </message>
    <message>
        <source>/metrics endpoint</source>
        <translation>Endpunkt /metrics</translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation>Prometheus-Server</translation>
    </message>
    <message>
        <source>A server&apos;s own /metrics (scraped here), or a Prometheus server that already scrapes it (asked through its HTTP API with PromQL presets for vLLM, LiteLLM and OpenCost).</source>
        <translation>Der eigene /metrics-Endpunkt eines Servers (hier abgerufen) oder ein Prometheus-Server, der ihn bereits abruft (angefragt über seine HTTP-API mit PromQL-Vorlagen für vLLM, LiteLLM und OpenCost).</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Deployment cost:</source>
        <translation>Bereitstellungskosten:</translation>
    </message>
    <message>
        <source>compare with:</source>
        <translation>vergleichen mit:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Write every scrape into the open workspace as time series, to compare this session with the usage logs later.</source>
        <translation>Jeden Abruf als Zeitreihe in den geöffneten Arbeitsbereich schreiben, um diese Sitzung später mit den Nutzungsprotokollen zu vergleichen.</translation>
    </message>
    <message>
        <source>Not connected. Enter the /metrics URL of a vLLM, TGI, LiteLLM or OpenCost server.</source>
        <translation>Nicht verbunden. Geben Sie die /metrics-URL eines vLLM-, TGI-, LiteLLM- oder OpenCost-Servers ein.</translation>
    </message>
    <message>
        <source>PromQL</source>
        <translation>PromQL</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>Aufgezeichnete Sitzungen</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Prompt + generated tokens per second over the last minute, from the counters&apos; increase (restarts counted from zero).</source>
        <translation>Prompt- + generierte Token pro Sekunde in der letzten Minute, aus dem Anstieg der Zähler (Neustarts ab null gezählt).</translation>
    </message>
    <message>
        <source>$ per 1M tokens now</source>
        <translation>$ pro 1 Mio. Token aktuell</translation>
    </message>
    <message>
        <source>Deployment $/hour ÷ (tokens/s × 3600) × 1,000,000: what a million tokens costs at the current utilisation. Beside it: the API model&apos;s price for the same prompt : generation mix.</source>
        <translation>Bereitstellung $/Stunde ÷ (Token/s × 3600) × 1.000.000: was eine Million Token bei der aktuellen Auslastung kostet. Daneben: der Preis des API-Modells für denselben Mix aus Prompt und Generierung.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests running now; waiting in the queue below.</source>
        <translation>Aktuell laufende Anfragen; darunter: wartende Anfragen in der Warteschlange.</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Share of the KV cache in use; below: prefix-cache hit rate (hits ÷ queries over the last 5 minutes).</source>
        <translation>Anteil des belegten KV-Caches; darunter: Trefferquote des Präfix-Caches (Treffer ÷ Abfragen in den letzten 5 Minuten).</translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation>Zeit bis zum ersten Token p95</translation>
    </message>
    <message>
        <source>95th percentile of the time to first token over the last minute, interpolated inside the histogram&apos;s buckets (as PromQL&apos;s histogram_quantile); below: the inter-token latency p95.</source>
        <translation>95. Perzentil der Zeit bis zum ersten Token in der letzten Minute, innerhalb der Buckets des Histogramms interpoliert (wie histogram_quantile in PromQL); darunter: die Latenz zwischen Token p95.</translation>
    </message>
    <message>
        <source>Gateway spend</source>
        <translation>Gateway-Ausgaben</translation>
    </message>
    <message>
        <source>A LiteLLM proxy&apos;s spend per hour over the last minute; below: the budget remaining over its teams.</source>
        <translation>Ausgaben eines LiteLLM-Proxys pro Stunde in der letzten Minute; darunter: das verbleibende Budget über alle seine Teams.</translation>
    </message>
    <message>
        <source>Tokens per second and $ per 1M tokens (last 15 minutes)</source>
        <translation>Token pro Sekunde und $ pro 1 Mio. Token (letzte 15 Minuten)</translation>
    </message>
    <message>
        <source>prompt tokens/s</source>
        <translation>Prompt-Token/s</translation>
    </message>
    <message>
        <source>generated tokens/s</source>
        <translation>generierte Token/s</translation>
    </message>
    <message>
        <source>$ per 1M tokens</source>
        <translation>$ pro 1 Mio. Token</translation>
    </message>
    <message>
        <source>gateway spend $/h</source>
        <translation>Gateway-Ausgaben $/h</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>http://prometheus:9090</source>
        <translation>http://prometheus:9090</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Aufzeichnung gestoppt: %1</translation>
    </message>
    <message>
        <source>Recording (%L1 points)</source>
        <translation>Aufzeichnung (%L1 Punkte)</translation>
    </message>
    <message>
        <source>Open a workspace to record into.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, in den aufgezeichnet werden soll.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Up&lt;/b&gt; · %1 (%2) · last scrape %3 UTC in %4 ms · %5 samples</source>
        <translation>&lt;b&gt;Erreichbar&lt;/b&gt; · %1 (%2) · letzter Abruf %3 UTC in %4 ms · %5 Messwerte</translation>
    </message>
    <message>
        <source>%1 of %2 scrapes failed</source>
        <translation>%1 von %2 Abrufen fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Down&lt;/b&gt; since %1 UTC · %2 · last scrape failed: %3 at %4 UTC · %5 of %6 scrapes failed · retrying every %7 s</source>
        <translation>&lt;b&gt;Nicht erreichbar&lt;/b&gt; seit %1 UTC · %2 · letzter Abruf fehlgeschlagen: %3 um %4 UTC · %5 von %6 Abrufen fehlgeschlagen · neuer Versuch alle %7 s</translation>
    </message>
    <message>
        <source>%1 prompt · %2 generated</source>
        <translation>%1 Prompt · %2 generiert</translation>
    </message>
    <message>
        <source>%1 on %2 (same mix)</source>
        <translation>%1 mit %2 (gleicher Mix)</translation>
    </message>
    <message>
        <source>enter the deployment&apos;s $/hour</source>
        <translation>Bereitstellungskosten in $/Stunde eingeben</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>prefix hits %1</source>
        <translation>Präfix-Treffer %1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>inter-token p95 %1</source>
        <translation>zwischen Token p95 %1</translation>
    </message>
    <message>
        <source>%1 budget left</source>
        <translation>%1 Budget übrig</translation>
    </message>
    <message>
        <source>&lt;b&gt;Down&lt;/b&gt; since %1 UTC · %2 · last query failed: %3 at %4 UTC · %5 of %6 rounds of queries failed · retrying every %7 s</source>
        <translation>&lt;b&gt;Nicht erreichbar&lt;/b&gt; seit %1 UTC · %2 · letzte Abfrage fehlgeschlagen: %3 um %4 UTC · %5 von %6 Abfragerunden fehlgeschlagen · neuer Versuch alle %7 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Up&lt;/b&gt; · Prometheus server %1 (%2 metrics found) · last answer %3 UTC</source>
        <translation>&lt;b&gt;Erreichbar&lt;/b&gt; · Prometheus-Server %1 (%2 Metriken gefunden) · letzte Antwort %3 UTC</translation>
    </message>
    <message>
        <source>Metrics endpoint URL</source>
        <translation>URL des Metrik-Endpunkts</translation>
    </message>
    <message>
        <source>Scrape interval</source>
        <translation>Abrufintervall</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Deployment cost per hour</source>
        <translation>Kosten der Bereitstellung pro Stunde</translation>
    </message>
    <message>
        <source>API model to compare with</source>
        <translation>API-Modell zum Vergleich</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inferometer</source>
        <translation>Inferometer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Spend, KPIs and trends for a period</source>
        <translation>Ausgaben, KPIs und Trends für einen Zeitraum</translation>
    </message>
    <message>
        <source>Cost centers</source>
        <translation>Kostenstellen</translation>
    </message>
    <message>
        <source>Spend and KPIs per cost center, team, owner, key and model, against the previous period</source>
        <translation>Ausgaben und KPIs pro Kostenstelle, Team, Verantwortlichem, Schlüssel und Modell im Vergleich zum Vorzeitraum</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>Spend spikes, shadow spend, agent loops, retry storms, context bloat</source>
        <translation>Ausgabenspitzen, Schattenausgaben, Agentenschleifen, Wiederholungsstürme, Kontextaufblähung</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Built-in and workspace prices per model</source>
        <translation>Integrierte und arbeitsbereichseigene Preise pro Modell</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Rules that give calls a cost center, team and owner</source>
        <translation>Regeln, die Aufrufen eine Kostenstelle, ein Team und einen Verantwortlichen zuweisen</translation>
    </message>
    <message>
        <source>Billing check</source>
        <translation>Abrechnungsprüfung</translation>
    </message>
    <message>
        <source>Reported cost against list cost, per model and day</source>
        <translation>Gemeldete Kosten im Vergleich zu Listenkosten, pro Modell und Tag</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Monthly budgets per cost center: forecast, alerts, circuit breaker, Prometheus rules</source>
        <translation>Monatsbudgets pro Kostenstelle: Prognose, Alarme, Budgetsperre, Prometheus-Regeln</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>AI FinOps maturity level, its criteria and the next steps</source>
        <translation>AI-FinOps-Reifegrad, seine Kriterien und die nächsten Schritte</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Prometheus feeds of self-hosted servers and gateways: tokens/s, $ per 1M tokens now</source>
        <translation>Prometheus-Feeds selbst gehosteter Server und Gateways: Token/s, $ pro 1 Mio. Token aktuell</translation>
    </message>
    <message>
        <source>Prompt editor</source>
        <translation>Prompt-Editor</translation>
    </message>
    <message>
        <source>Live token counts for several tokenizers, cost per call and month, caching, findings, rewrites with a diff, saved prompts</source>
        <translation>Live-Tokenzählung für mehrere Tokenizer, Kosten pro Aufruf und Monat, Caching, Befunde, Umformulierungen mit Diff, gespeicherte Prompts</translation>
    </message>
    <message>
        <source>Model A/B</source>
        <translation>Modell-A/B</translation>
    </message>
    <message>
        <source>Your GGUF model in Q8_0 against Q4_0 on your GPU: tokens/s, perplexity, KL divergence, $ per 1M tokens, saved runs</source>
        <translation>Ihr GGUF-Modell in Q8_0 gegen Q4_0 auf Ihrer GPU: Token/s, Perplexität, KL-Divergenz, $ pro 1 Mio. Token, gespeicherte Läufe</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>What caching, routing or self-hosting would save on your own traffic: scenarios, break-even, sensitivity</source>
        <translation>Was Caching, Routing oder Self-Hosting bei Ihrem eigenen Datenverkehr einsparen würden: Szenarien, Break-even-Punkt, Sensitivität</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>%1 (read-only) — Inferometer</source>
        <translation>%1 (schreibgeschützt) — Inferometer</translation>
    </message>
    <message>
        <source>%1 — Inferometer</source>
        <translation>%1 — Inferometer</translation>
    </message>
    <message>
        <source>Read-only: %1. Everything can be viewed and exported; importing, re-pricing and editing rules, budgets or scenarios need a copy you can write (File ▸ Open).</source>
        <translation>Schreibgeschützt: %1. Alles lässt sich ansehen und exportieren; für Importe, Neubepreisung und das Bearbeiten von Regeln, Budgets oder Szenarien ist eine beschreibbare Kopie nötig (Datei ▸ Öffnen).</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Export Page as PDF</source>
        <translation>Seite als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every page is also reachable with Tab and the arrow keys; right-click (or the Menu key) on a chart or table to export it.</source>
        <translation>Jede Seite ist auch mit Tab und den Pfeiltasten erreichbar; klicken Sie mit der rechten Maustaste (oder drücken Sie die Menütaste) auf ein Diagramm oder eine Tabelle, um es bzw. sie zu exportieren.</translation>
    </message>
    <message>
        <source>no workspace</source>
        <translation>kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace %1 · %2</source>
        <translation>Arbeitsbereich %1 · %2</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Usage Files…</source>
        <translation>Nutzungsdateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import usage logs: provider exports, traces, canonical JSONL or CSV, or any CSV or JSON Lines through a column mapping (or drop files on the window)</source>
        <translation>Nutzungsprotokolle importieren: Anbieterexporte, Traces, kanonisches JSONL oder CSV oder beliebige CSV- bzw. JSON-Lines-Dateien über eine Spaltenzuordnung (oder Dateien auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Import &amp;Sample File</source>
        <translation>Bei&amp;spieldatei importieren</translation>
    </message>
    <message>
        <source>%1: what this format looks like, previewed before it is imported</source>
        <translation>%1: So sieht dieses Format aus – mit Vorschau vor dem Import</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;FOCUS 1.2 CSV…</source>
        <translation>&amp;FOCUS 1.2 CSV…</translation>
    </message>
    <message>
        <source>The window&apos;s period as FOCUS 1.2, the FinOps Foundation&apos;s cost-and-usage format that cost platforms import: one row per day, provider, model, token kind, price tier and owner</source>
        <translation>Der Zeitraum des Fensters als FOCUS 1.2, das Kosten- und Nutzungsformat der FinOps Foundation, das Kostenplattformen importieren: eine Zeile je Tag, Anbieter, Modell, Token-Art, Preisstufe und Verantwortlichem</translation>
    </message>
    <message>
        <source>&amp;Chargeback Statements…</source>
        <translation>Abrechnungen zur &amp;Leistungsverrechnung…</translation>
    </message>
    <message>
        <source>A month&apos;s statement per cost center, with a share of the spend nobody owns, as CSV and one PDF per cost center</source>
        <translation>Eine Monatsabrechnung pro Kostenstelle mit einem Anteil an den Ausgaben ohne Verantwortlichen, als CSV und ein PDF pro Kostenstelle</translation>
    </message>
    <message>
        <source>Export Page as &amp;PDF…</source>
        <translation>Seite als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>The page in front as a one-page PDF, headed by its name, the workspace and the period</source>
        <translation>Die aktuelle Seite als einseitiges PDF, überschrieben mit ihrem Namen, dem Arbeitsbereich und dem Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Inferometer</source>
        <translation>Ü&amp;ber Inferometer</translation>
    </message>
    <message>
        <source>About Inferometer</source>
        <translation>Über Inferometer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inferometer %1&lt;/b&gt;&lt;p&gt;A workbench for the economics of LLM deployments: spend by cost center, cost per task and per successful outcome, rework and token waste.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Inferometer %1&lt;/b&gt;&lt;p&gt;Eine Werkbank für die Wirtschaftlichkeit von LLM-Bereitstellungen: Ausgaben nach Kostenstelle, Kosten pro Aufgabe und pro erfolgreichem Ergebnis, Nacharbeit und Token-Verschwendung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Generating the demo workspace: 90 days of a mid-size company…</source>
        <translation>Demo-Arbeitsbereich wird erzeugt: 90 Tage eines mittelgroßen Unternehmens…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 existiert bereits; öffnen Sie stattdessen diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace is open read-only (%1): importing needs write access.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet (%1): Für den Import ist Schreibzugriff nötig.</translation>
    </message>
    <message>
        <source>Import usage files</source>
        <translation>Nutzungsdateien importieren</translation>
    </message>
    <message>
        <source>Usage logs (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation>Nutzungsprotokolle (*.jsonl *.json *.csv *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Guided Tour</source>
        <translation>&amp;Rundgang</translation>
    </message>
    <message>
        <source>A short walk over the demo workspace&apos;s pages</source>
        <translation>Ein kurzer Rundgang über die Seiten des Demo-Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>Maturity</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Oldest to latest window: %1</source>
        <translation>Vom ältesten zum jüngsten Fenster: %1</translation>
    </message>
    <message>
        <source>Not covered: %1, %2 in the window</source>
        <translation>Nicht abgedeckt: %1, %2 im Fenster</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n day(s) of data</source>
        <translation>
            <numerusform>in den Daten des letzten %n Tages</numerusform>
            <numerusform>in den Daten der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend attributed to a cost center</source>
        <translation>Einer Kostenstelle zugeordnete Ausgaben</translation>
    </message>
    <message>
        <source>Share of list cost whose calls name a cost center (from the source or an attribution rule), %1.</source>
        <translation>Anteil der Listenkosten aus Aufrufen, die eine Kostenstelle nennen (aus der Quelle oder einer Zuordnungsregel), %1.</translation>
    </message>
    <message>
        <source>Unattributed key %1: %2</source>
        <translation>Nicht zugeordneter Schlüssel %1: %2</translation>
    </message>
    <message>
        <source>Spend with an owner</source>
        <translation>Ausgaben mit Verantwortlichem</translation>
    </message>
    <message>
        <source>Share of list cost whose calls name a budget owner, %1.</source>
        <translation>Anteil der Listenkosten aus Aufrufen, die einen Budgetverantwortlichen nennen, %1.</translation>
    </message>
    <message>
        <source>API keys with an owner</source>
        <translation>API-Schlüssel mit Verantwortlichem</translation>
    </message>
    <message>
        <source>Share of the API keys used %1 whose every call names an owner.</source>
        <translation>Anteil der %1 verwendeten API-Schlüssel, bei denen jeder Aufruf einen Verantwortlichen nennt.</translation>
    </message>
    <message>
        <source>Without an owner: %1</source>
        <translation>Ohne Verantwortlichen: %1</translation>
    </message>
    <message>
        <source>Calls with a known price</source>
        <translation>Aufrufe mit bekanntem Preis</translation>
    </message>
    <message>
        <source>Share of calls whose model has a price in the catalog (unpriced calls are invisible spend), %1.</source>
        <translation>Anteil der Aufrufe, deren Modell einen Preis im Katalog hat (Aufrufe ohne Preis sind unsichtbare Ausgaben), %1.</translation>
    </message>
    <message>
        <source>Calls with a task id</source>
        <translation>Aufrufe mit Aufgaben-ID</translation>
    </message>
    <message>
        <source>Share of calls that carry a task id, so that cost per task can be computed, %1.</source>
        <translation>Anteil der Aufrufe mit Aufgaben-ID, sodass sich die Kosten pro Aufgabe berechnen lassen, %1.</translation>
    </message>
    <message>
        <source>Tasks with an outcome</source>
        <translation>Aufgaben mit Ergebnis</translation>
    </message>
    <message>
        <source>Share of tasks whose calls state an outcome (accepted, rework or rejected), so that CPSO can be computed, %1.</source>
        <translation>Anteil der Aufgaben, deren Aufrufe ein Ergebnis angeben (akzeptiert, Nacharbeit oder abgelehnt), sodass sich der CPSO berechnen lässt, %1.</translation>
    </message>
    <message>
        <source>Cache hit rate on cacheable prompts</source>
        <translation>Cache-Trefferquote bei cachefähigen Prompts</translation>
    </message>
    <message>
        <source>Cache reads / input tokens of calls whose prompt reaches the model&apos;s minimum cacheable size (price catalog; 1,024 tokens where it states none) on models whose cache reads are cheaper than input, %1.</source>
        <translation>Cache-Lesevorgänge / Eingabetoken der Aufrufe, deren Prompt die minimale cachefähige Größe des Modells erreicht (Preiskatalog; 1.024 Token, wo keine angegeben ist), bei Modellen, deren Cache-Lesevorgänge günstiger als die Eingabe sind, %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 cacheable input tokens</source>
        <translation>%1: %2 von %3 cachefähigen Eingabetoken</translation>
    </message>
    <message>
        <source>%1: %2 of %3 calls on small models</source>
        <translation>%1: %2 von %3 Aufrufen auf kleinen Modellen</translation>
    </message>
    <message>
        <source>Routine work on small models</source>
        <translation>Routinearbeit auf kleinen Modellen</translation>
    </message>
    <message>
        <source>Share of the calls of routine workflows (projects, or keys without one, averaging ≤ %1 output + reasoning tokens per call) that go to small models (input list price ≤ %2 per 1M tokens), %3.</source>
        <translation>Anteil der Aufrufe routinemäßiger Workflows (Projekte oder Schlüssel ohne Projekt, mit durchschnittlich ≤ %1 Ausgabe- + Reasoning-Token pro Aufruf), die an kleine Modelle gehen (Listenpreis für Eingabe ≤ %2 pro 1 Mio. Token), %3.</translation>
    </message>
    <message>
        <source>Rework rate low or falling</source>
        <translation>Nacharbeitsquote niedrig oder sinkend</translation>
    </message>
    <message numerus="yes">
        <source>Rework rate (cost of attempts after the first / cost of task calls) in the last %n day(s), at most 10% or lower than in the window before.</source>
        <translation>
            <numerusform>Nacharbeitsquote (Kosten der Versuche nach dem ersten / Kosten der Aufgabenaufrufe) im letzten %n Tag, höchstens 10 % oder niedriger als im vorherigen Fenster.</numerusform>
            <numerusform>Nacharbeitsquote (Kosten der Versuche nach dem ersten / Kosten der Aufgabenaufrufe) in den letzten %n Tagen, höchstens 10 % oder niedriger als im vorherigen Fenster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window before: %1</source>
        <translation>Vorheriges Fenster: %1</translation>
    </message>
    <message>
        <source>Spend under a budget</source>
        <translation>Budgetierte Ausgaben</translation>
    </message>
    <message>
        <source>Share of list cost, %1, in cost centers that have a monthly budget.</source>
        <translation>Anteil der Listenkosten, %1, in Kostenstellen mit Monatsbudget.</translation>
    </message>
    <message>
        <source>This workspace has no budgets.</source>
        <translation>Dieser Arbeitsbereich hat keine Budgets.</translation>
    </message>
    <message>
        <source>Spend under an alert rule</source>
        <translation>Durch Alarmregeln abgedeckte Ausgaben</translation>
    </message>
    <message>
        <source>Share of list cost, %1, in cost centers covered by an enabled alert rule (workspace-wide or scoped to the cost center).</source>
        <translation>Anteil der Listenkosten, %1, in Kostenstellen, die von einer aktivierten Alarmregel abgedeckt sind (für den gesamten Arbeitsbereich oder auf die Kostenstelle beschränkt).</translation>
    </message>
    <message>
        <source>This workspace has no alert rules.</source>
        <translation>Dieser Arbeitsbereich hat keine Alarmregeln.</translation>
    </message>
    <message>
        <source>Cascades visible in the calls</source>
        <translation>In den Aufrufen sichtbare Kaskaden</translation>
    </message>
    <message>
        <source>Share of tasks, %1, in which a call on a small model is followed by a call on a pricier model (a cascade escalating from a small model).</source>
        <translation>Anteil der Aufgaben, %1, in denen auf einen Aufruf eines kleinen Modells ein Aufruf eines teureren Modells folgt (eine Kaskade, die von einem kleinen Modell aus eskaliert).</translation>
    </message>
    <message>
        <source>No runaway tasks</source>
        <translation>Keine außer Kontrolle geratenen Aufgaben</translation>
    </message>
    <message>
        <source>Most calls made by one task %1; a circuit breaker keeps every task at or below %2 calls.</source>
        <translation>Höchste Zahl von Aufrufen einer einzelnen Aufgabe %1; ein Circuit Breaker begrenzt jede Aufgabe auf höchstens %2 Aufrufe.</translation>
    </message>
    <message>
        <source>Largest task: %1, %2 calls, %3</source>
        <translation>Größte Aufgabe: %1, %2 Aufrufe, %3</translation>
    </message>
    <message>
        <source>Budgets held</source>
        <translation>Budgets eingehalten</translation>
    </message>
    <message>
        <source>Share of budgeted cost centers whose spend, per month (%1 × 30 / days), stayed within their monthly budget.</source>
        <translation>Anteil der budgetierten Kostenstellen, deren Ausgaben pro Monat (%1 × 30 / Tage) innerhalb ihres Monatsbudgets blieben.</translation>
    </message>
    <message>
        <source>%1: %2/month against a budget of %3</source>
        <translation>%1: %2/Monat bei einem Budget von %3</translation>
    </message>
    <message>
        <source>Rework falling for three months</source>
        <translation>Nacharbeit seit drei Monaten sinkend</translation>
    </message>
    <message numerus="yes">
        <source>Rework rate lower in each of the last three %n-day windows than in the one before; measured: change from the oldest to the latest.</source>
        <translation>
            <numerusform>Nacharbeitsquote in jedem der letzten drei %n-Tages-Fenster niedriger als im vorherigen; gemessen: Veränderung vom ältesten zum jüngsten.</numerusform>
            <numerusform>Nacharbeitsquote in jedem der letzten drei %n-Tage-Fenster niedriger als im vorherigen; gemessen: Veränderung vom ältesten zum jüngsten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>CPSO falling for three months</source>
        <translation>CPSO seit drei Monaten sinkend</translation>
    </message>
    <message numerus="yes">
        <source>Cost per successful outcome lower in each of the last three %n-day windows than in the one before; measured: change from the oldest to the latest.</source>
        <translation>
            <numerusform>Kosten pro erfolgreichem Ergebnis in jedem der letzten drei %n-Tages-Fenster niedriger als im vorherigen; gemessen: Veränderung vom ältesten zum jüngsten.</numerusform>
            <numerusform>Kosten pro erfolgreichem Ergebnis in jedem der letzten drei %n-Tage-Fenster niedriger als im vorherigen; gemessen: Veränderung vom ältesten zum jüngsten.</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>Chaos</source>
        <translation>Chaos</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Transparenz</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Autonomous governance</source>
        <translation>Autonome Steuerung</translation>
    </message>
    <message>
        <source>Separate keys per department, no visibility into spend: shadow AI spend is the norm.</source>
        <translation>Separate Schlüssel pro Abteilung, kein Einblick in die Ausgaben: Schattenausgaben für KI sind die Regel.</translation>
    </message>
    <message>
        <source>Spend is monitored and attributed, but anomalies are handled by hand and waste is only seen.</source>
        <translation>Ausgaben werden überwacht und zugeordnet, aber Anomalien werden von Hand bearbeitet und Verschwendung wird nur erkannt.</translation>
    </message>
    <message>
        <source>Context caching is active, small models handle routine work, rework is declining.</source>
        <translation>Kontext-Caching ist aktiv, kleine Modelle übernehmen Routinearbeit, die Nacharbeit geht zurück.</translation>
    </message>
    <message>
        <source>Budgets, alerts, cascades and circuit breakers distribute and guard the workload automatically.</source>
        <translation>Budgets, Alarme, Kaskaden und Circuit Breaker verteilen und schützen die Arbeitslast automatisch.</translation>
    </message>
    <message>
        <source>The system keeps its own budgets and drives rework and cost per successful outcome down.</source>
        <translation>Das System hält seine Budgets selbst ein und senkt Nacharbeit und Kosten pro erfolgreichem Ergebnis.</translation>
    </message>
    <message>
        <source>≤ or falling</source>
        <translation>≤ oder sinkend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>sinkend</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise prompt caching in %1 from a %2% hit rate to %3%</source>
        <translation>Prompt-Caching in %1 von %2 % auf %3 % Trefferquote steigern</translation>
    </message>
    <message>
        <source>Turn on prompt caching for %1 (a %2% hit rate)</source>
        <translation>Prompt-Caching für %1 aktivieren (Trefferquote %2 %)</translation>
    </message>
    <message>
        <source>%1: %2 input tokens a month in prompts long enough to cache (%3), the extra cache reads billed at the cache-read rate (cache writes not counted).</source>
        <translation>%1: %2 Eingabetoken pro Monat in Prompts, die lang genug für das Caching sind (%3); die zusätzlichen Cache-Lesevorgänge zum Cache-Lesetarif abgerechnet (Cache-Schreibvorgänge nicht berücksichtigt).</translation>
    </message>
    <message>
        <source>Try a small model for the routine calls of %1 (%2): %3 calls a month on %4, none on a small model yet.</source>
        <translation>Ein kleines Modell für die Routineaufrufe von %1 (%2) ausprobieren: %3 Aufrufe pro Monat auf %4, bisher keiner auf einem kleinen Modell.</translation>
    </message>
    <message>
        <source>Move the routine calls of %1 (%2) from %3 to %4: %5 calls a month costing %6 would cost %7.</source>
        <translation>Die Routineaufrufe von %1 (%2) von %3 auf %4 verlagern: %5 Aufrufe pro Monat, die %6 kosten, würden %7 kosten.</translation>
    </message>
    <message numerus="yes">
        <source>Attribute the %n unclaimed API key(s) (%1) to cost centers with attribution rules: %2 a month of shadow spend becomes visible.</source>
        <translation>
            <numerusform>Den %n nicht zugewiesenen API-Schlüssel (%1) per Zuordnungsregeln Kostenstellen zuordnen: %2 pro Monat an Schattenausgaben werden sichtbar.</numerusform>
            <numerusform>Die %n nicht zugewiesenen API-Schlüssel (%1) per Zuordnungsregeln Kostenstellen zuordnen: %2 pro Monat an Schattenausgaben werden sichtbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name a budget owner for the %n API key(s) without one (%1): %2 a month has no owner.</source>
        <translation>
            <numerusform>Einen Budgetverantwortlichen für den %n API-Schlüssel ohne Verantwortlichen festlegen (%1): %2 pro Monat haben keinen Verantwortlichen.</numerusform>
            <numerusform>Budgetverantwortliche für die %n API-Schlüssel ohne Verantwortlichen festlegen (%1): %2 pro Monat haben keinen Verantwortlichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add prices for %1 (Prices page or prices --import): %2 calls a month are not counted in any cost.</source>
        <translation>Preise für %1 hinzufügen (Seite „Preise“ oder prices --import): %2 Aufrufe pro Monat fließen in keine Kosten ein.</translation>
    </message>
    <message>
        <source>Send a task id with the calls of %1: %2 calls a month cannot be counted per task.</source>
        <translation>Eine Aufgaben-ID mit den Aufrufen von %1 senden: %2 Aufrufe pro Monat können keiner Aufgabe zugerechnet werden.</translation>
    </message>
    <message>
        <source>Record the outcome (accepted, rework, rejected) of the tasks of %1: %2 tasks a month have no outcome, so CPSO leaves them out.</source>
        <translation>Das Ergebnis (akzeptiert, Nacharbeit, abgelehnt) der Aufgaben von %1 erfassen: %2 Aufgaben pro Monat haben kein Ergebnis, daher lässt der CPSO sie außen vor.</translation>
    </message>
    <message>
        <source>Cut rework in %1 (%2% of its task cost, %3 a month): halving it saves %4 a month.</source>
        <translation>Nacharbeit in %1 senken (%2 % der Aufgabenkosten, %3 pro Monat): Eine Halbierung spart %4 pro Monat.</translation>
    </message>
    <message>
        <source>Set monthly budgets for %1 (together %2 a month now).</source>
        <translation>Monatsbudgets für %1 festlegen (zusammen derzeit %2 pro Monat).</translation>
    </message>
    <message>
        <source>Add spend alert rules (spikes, shadow spend) for %1 (together %2 a month).</source>
        <translation>Alarmregeln für Ausgaben (Spitzen, Schattenausgaben) für %1 hinzufügen (zusammen %2 pro Monat).</translation>
    </message>
    <message>
        <source>Route through a cascade: start routine tasks on a small model and escalate to a larger one only when its answer is not good enough (see the routing steps for what it saves).</source>
        <translation>Über eine Kaskade routen: Routineaufgaben mit einem kleinen Modell beginnen und nur dann an ein größeres eskalieren, wenn dessen Antwort nicht gut genug ist (die Einsparung zeigen die Routing-Schritte).</translation>
    </message>
    <message>
        <source>Add a circuit breaker that stops a task after %1 calls: %2 ran past it; the calls beyond the cap cost %3 a month.</source>
        <translation>Einen Circuit Breaker hinzufügen, der eine Aufgabe nach %1 Aufrufen stoppt: %2 haben diese Grenze überschritten; die Aufrufe über der Grenze kosten %3 pro Monat.</translation>
    </message>
    <message>
        <source>Set budgets first, then keep each cost center within its budget.</source>
        <translation>Zuerst Budgets festlegen, dann jede Kostenstelle innerhalb ihres Budgets halten.</translation>
    </message>
    <message>
        <source>Bring the cost centers over budget back within it: %1</source>
        <translation>Die Kostenstellen über Budget wieder ins Budget zurückführen: %1</translation>
    </message>
    <message>
        <source>Review rework every month (prompts, retrieval, model choice) until it falls three months in a row.</source>
        <translation>Nacharbeit jeden Monat überprüfen (Prompts, Retrieval, Modellwahl), bis sie drei Monate in Folge sinkt.</translation>
    </message>
    <message>
        <source>Review cost per successful outcome every month and move tasks to the cheapest model that keeps them accepted.</source>
        <translation>Kosten pro erfolgreichem Ergebnis jeden Monat überprüfen und Aufgaben auf das günstigste Modell verlagern, mit dem sie weiterhin akzeptiert werden.</translation>
    </message>
</context>
<context>
    <name>MaturityPage</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not measurable: the workspace holds no data for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nicht messbar: Der Arbeitsbereich enthält dafür keine Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Could not diagnose maturity: %1</source>
        <translation>Reifegrad konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>Criteria are measured over the window&apos;s period, within the days that hold data; trends compare three windows of its length. Savings per month = the period&apos;s amount × 30 / its days.</source>
        <translation>Die Kriterien werden über den Zeitraum des Fensters gemessen, innerhalb der Tage mit Daten; Trends vergleichen drei Fenster dieser Länge. Einsparungen pro Monat = Betrag des Zeitraums × 30 / Anzahl seiner Tage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Level %1, %2: %3</source>
        <translation>Reifegrad %1, %2: %3</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Value measured in this workspace</source>
        <translation>In diesem Arbeitsbereich gemessener Wert</translation>
    </message>
    <message>
        <source>What the level asks for</source>
        <translation>Was der Reifegrad verlangt</translation>
    </message>
    <message>
        <source>Sum of the savings estimated for the steps to the next level, per month (the window&apos;s amount × 30 / its days). Steps without an estimate add visibility, not savings.</source>
        <translation>Summe der geschätzten Einsparungen für die Schritte zum nächsten Reifegrad, pro Monat (Betrag des Fensters × 30 / Anzahl seiner Tage). Schritte ohne Schätzung schaffen Transparenz, keine Einsparungen.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 – %2 (UTC), %n day(s)</source>
        <translation>
            <numerusform>Gemessen %1 – %2 (UTC), %n Tag</numerusform>
            <numerusform>Gemessen %1 – %2 (UTC), %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>Keine Aufrufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No calls in this workspace yet</source>
        <translation>Noch keine Aufrufe in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Level %1 reached, &lt;b&gt;%2&lt;/b&gt;: %3 Next: %4, %5 of %6 criteria met.</source>
        <translation>Reifegrad %1 erreicht, &lt;b&gt;%2&lt;/b&gt;: %3 Nächster: %4, %5 von %6 Kriterien erfüllt.</translation>
    </message>
    <message>
        <source>Level %1 reached, &lt;b&gt;%2&lt;/b&gt;: %3</source>
        <translation>Reifegrad %1 erreicht, &lt;b&gt;%2&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <source>Level %1 · %2</source>
        <translation>Reifegrad %1 · %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Criteria of this level met</source>
        <translation>Erfüllte Kriterien dieses Reifegrads</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>≤ %1 or falling</source>
        <translation>≤ %1 oder fallend</translation>
    </message>
    <message>
        <source>Top level reached</source>
        <translation>Höchster Reifegrad erreicht</translation>
    </message>
    <message>
        <source>Next level: %1 — steps</source>
        <translation>Nächster Reifegrad: %1 — Schritte</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/Monat</translation>
    </message>
    <message numerus="yes">
        <source>Savings per month estimated from this workspace&apos;s last %n day(s) × 30 / days</source>
        <translation>
            <numerusform>Einsparungen pro Monat, geschätzt aus dem letzten %n Tag dieses Arbeitsbereichs × 30 / Anzahl der Tage</numerusform>
            <numerusform>Einsparungen pro Monat, geschätzt aus den letzten %n Tagen dieses Arbeitsbereichs × 30 / Anzahl der Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>Transparenz</translation>
    </message>
    <message>
        <source>No direct savings: this step makes spend measurable or governed</source>
        <translation>Keine direkten Einsparungen: Dieser Schritt macht Ausgaben messbar oder steuerbar</translation>
    </message>
    <message>
        <source>No steps: every criterion of the next level is met.</source>
        <translation>Keine Schritte: Alle Kriterien des nächsten Reifegrads sind erfüllt.</translation>
    </message>
    <message>
        <source>Estimated savings: %1 per month</source>
        <translation>Geschätzte Einsparungen: %1 pro Monat</translation>
    </message>
    <message>
        <source>Maturity checklist</source>
        <translation>Reifegrad-Checkliste</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>A .gguf file: browse, drop or type its path</source>
        <translation>Eine .gguf-Datei: durchsuchen, hierher ziehen oder den Pfad eingeben</translation>
    </message>
    <message>
        <source>A GGUF model file; the files used lately are in the list</source>
        <translation>Eine GGUF-Modelldatei; die zuletzt verwendeten Dateien stehen in der Liste</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>GGUF-Modelldatei auswählen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>OutputConstraintsBox</name>
    <message>
        <source>Output constraints</source>
        <translation>Ausgabebeschränkungen</translation>
    </message>
    <message>
        <source>&quot;The cheapest token is the one never generated&quot;: a length cap or a JSON schema stops the model from writing explanations around the answer. The saving is an estimate.</source>
        <translation>„Das günstigste Token ist das, das nie generiert wird“: Eine Längenbegrenzung oder ein JSON-Schema hält das Modell davon ab, Erklärungen rund um die Antwort zu schreiben. Die Einsparung ist eine Schätzung.</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>How long the answers run today, per call (from your logs, or a guess).</source>
        <translation>Wie lang die Antworten derzeit pro Aufruf sind (aus Ihren Protokollen oder geschätzt).</translation>
    </message>
    <message>
        <source>Answers today</source>
        <translation>Antworten derzeit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A max_tokens cap on every answer (0: none). An answer cut off mid-way may need a retry.</source>
        <translation>Eine max_tokens-Grenze für jede Antwort (0: keine). Eine mittendrin abgeschnittene Antwort kann eine Wiederholung erfordern.</translation>
    </message>
    <message>
        <source>max_tokens</source>
        <translation>max_tokens</translation>
    </message>
    <message>
        <source>JSON schema of the answer (structured output), e.g. {&quot;type&quot;:&quot;object&quot;,&quot;properties&quot;:{&quot;answer&quot;:{&quot;type&quot;:&quot;string&quot;,&quot;maxLength&quot;:300}}}</source>
        <translation>JSON-Schema der Antwort (strukturierte Ausgabe), z. B. {&quot;type&quot;:&quot;object&quot;,&quot;properties&quot;:{&quot;answer&quot;:{&quot;type&quot;:&quot;string&quot;,&quot;maxLength&quot;:300}}}</translation>
    </message>
    <message>
        <source>The schema the answer must follow. Its size is estimated from a compact instance of it counted with the pricing tokenizer.</source>
        <translation>Das Schema, dem die Antwort folgen muss. Seine Größe wird anhand einer kompakten Instanz geschätzt, gezählt mit dem Tokenizer für die Preisberechnung.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>Waiting for a tokenizer…</source>
        <translation>Warten auf einen Tokenizer…</translation>
    </message>
    <message>
        <source>Estimate: %1 → %2 output tokens per call (−%3)</source>
        <translation>Schätzung: %1 → %2 Ausgabetoken pro Aufruf (−%3)</translation>
    </message>
    <message>
        <source>, ≈ %1 per month at %2</source>
        <translation>, ≈ %1 pro Monat mit %2</translation>
    </message>
    <message>
        <source>Saved output tokens × output price × requests per month. An estimate: answers are not known in advance.</source>
        <translation>Eingesparte Ausgabetoken × Ausgabepreis × Anfragen pro Monat. Eine Schätzung: Antworten sind nicht im Voraus bekannt.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Could not compute the overview: %1</source>
        <translation>Übersicht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Cost per task</source>
        <translation>Kosten pro Aufgabe</translation>
    </message>
    <message>
        <source>CPSO</source>
        <translation>CPSO</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>Nacharbeitsquote</translation>
    </message>
    <message>
        <source>Token efficiency</source>
        <translation>Token-Effizienz</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This workspace has no calls yet&lt;/h2&gt;&lt;p&gt;Import your providers&apos; usage or cost exports, gateway logs or traces, or explore the demo company&apos;s 90 days first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dieser Arbeitsbereich enthält noch keine Aufrufe&lt;/h2&gt;&lt;p&gt;Importieren Sie die Nutzungs- oder Kostenexporte Ihrer Anbieter, Gateway-Protokolle oder Traces – oder erkunden Sie zuerst die 90 Tage des Demo-Unternehmens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Usage Files…</source>
        <translation>Nutzungsdateien importieren…</translation>
    </message>
    <message>
        <source>Provider exports, traces, canonical JSONL or CSV (Ctrl+I), or drop files on the window</source>
        <translation>Anbieterexporte, Traces, kanonisches JSONL oder CSV (Strg+I) – oder Dateien auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Northwind Analytics: 90 days of a mid-size company&apos;s LLM usage</source>
        <translation>Northwind Analytics: 90 Tage LLM-Nutzung eines mittelgroßen Unternehmens</translation>
    </message>
    <message>
        <source>Spend per day by cost center (list cost, USD)</source>
        <translation>Ausgaben pro Tag nach Kostenstelle (Listenkosten, USD)</translation>
    </message>
    <message>
        <source>Hover a band to see a day&apos;s spend of that cost center.</source>
        <translation>Bewegen Sie den Mauszeiger über ein Band, um die Tagesausgaben dieser Kostenstelle zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top models&lt;/b&gt;</source>
        <translation>&lt;b&gt;Top-Modelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top cost centers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Top-Kostenstellen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC) · %3 events</source>
        <translation>%1 – %2 (UTC) · %3 Ereignisse</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Noch keine Aufrufe</translation>
    </message>
    <message>
        <source>reported by providers</source>
        <translation>von Anbietern gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>This period holds only costs that providers reported (%1 in %n cost row(s)), no token-level calls: the spend shown is what they billed. Calls, tokens, cost per task, CPSO, rework and caching need a usage export (File ▸ Import Usage Files…).</source>
        <translation>
            <numerusform>Dieser Zeitraum enthält nur von Anbietern gemeldete Kosten (%1 in %n Kostenzeile), keine Aufrufe auf Token-Ebene: Die angezeigten Ausgaben sind das, was die Anbieter abgerechnet haben. Aufrufe, Token, Kosten pro Aufgabe, CPSO, Nacharbeit und Caching erfordern einen Nutzungsexport (Datei ▸ Nutzungsdateien importieren…).</numerusform>
            <numerusform>Dieser Zeitraum enthält nur von Anbietern gemeldete Kosten (%1 in %n Kostenzeilen), keine Aufrufe auf Token-Ebene: Die angezeigten Ausgaben sind das, was die Anbieter abgerechnet haben. Aufrufe, Token, Kosten pro Aufgabe, CPSO, Nacharbeit und Caching erfordern einen Nutzungsexport (Datei ▸ Nutzungsdateien importieren…).</numerusform>
        </translation>
    </message>
    <message>
        <source>reported by sources: %1</source>
        <translation>von Quellen gemeldet: %1</translation>
    </message>
    <message>
        <source>list prices</source>
        <translation>Listenpreise</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 angenommen</translation>
    </message>
    <message>
        <source>%1 on re-runs</source>
        <translation>%1 für erneute Läufe</translation>
    </message>
    <message>
        <source>waste %1</source>
        <translation>Verschwendung %1</translation>
    </message>
    <message>
        <source>%1 cached tokens</source>
        <translation>%1 zwischengespeicherte Token</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n call(s) have no known price&lt;/b&gt; and are not in these totals (never counted as $0): %1. &lt;a href=&quot;prices&quot;&gt;Add their prices&lt;/a&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Aufruf hat keinen bekannten Preis&lt;/b&gt; und ist nicht in diesen Summen enthalten (nie als $0 gezählt): %1. &lt;a href=&quot;prices&quot;&gt;Preise hinzufügen&lt;/a&gt;.</numerusform>
            <numerusform>&lt;b&gt;%n Aufrufe haben keinen bekannten Preis&lt;/b&gt; und sind nicht in diesen Summen enthalten (nie als $0 gezählt): %1. &lt;a href=&quot;prices&quot;&gt;Preise hinzufügen&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Top-Modelle</translation>
    </message>
    <message>
        <source>Top cost centers</source>
        <translation>Top-Kostenstellen</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period shown on every analysis page; relative periods end on the day of the workspace&apos;s last call. Remembered for each workspace.</source>
        <translation>Zeitraum, der auf jeder Analyseseite angezeigt wird; relative Zeiträume enden am Tag des letzten Aufrufs im Arbeitsbereich. Wird für jeden Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last month (calendar)</source>
        <translation>Letzter Monat (Kalendermonat)</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>First day (UTC), included</source>
        <translation>Erster Tag (UTC), einschließlich</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Letzter Tag (UTC), einschließlich</translation>
    </message>
    <message>
        <source>&lt;b&gt;No calls from %1 to %2.&lt;/b&gt; This workspace&apos;s calls run from %3 to %4 (UTC). &lt;a href=&quot;all&quot;&gt;Show all data&lt;/a&gt;</source>
        <translation>&lt;b&gt;Keine Aufrufe von %1 bis %2.&lt;/b&gt; Die Aufrufe dieses Arbeitsbereichs reichen von %3 bis %4 (UTC). &lt;a href=&quot;all&quot;&gt;Alle Daten anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (UTC)</source>
        <translation>%1: %2 bis %3 (UTC)</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Run %1: %2 %3 on %4, %5 tokens/s</source>
        <translation>Lauf %1: %2 %3 auf %4, %5 Token/s</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>The workspace&apos;s traffic over the window&apos;s period, within the days that hold data; amounts per month = the period&apos;s amount × 30.4375 / its days</source>
        <translation>Der Traffic des Arbeitsbereichs über den Zeitraum des Fensters, innerhalb der Tage mit Daten; Beträge pro Monat = Betrag des Zeitraums × 30,4375 / Anzahl seiner Tage</translation>
    </message>
    <message>
        <source>What a context cache saves: the hit rate simulated on arrivals, writes and storage included, and every workflow&apos;s realized and potential savings</source>
        <translation>Was ein Kontext-Cache spart: die an den Ankünften simulierte Trefferquote, einschließlich Schreibvorgängen und Speicherung, sowie die realisierten und potenziellen Einsparungen jedes Workflows</translation>
    </message>
    <message>
        <source>What routing or a cascade to a small model saves per task class, correction labour included</source>
        <translation>Was Routing oder eine Kaskade zu einem kleinen Modell pro Aufgabenklasse spart, einschließlich Korrekturaufwand</translation>
    </message>
    <message>
        <source>API against a self-hosted server: $ per 1M tokens by utilization, break-even volume, sensitivity</source>
        <translation>API im Vergleich zu einem selbst gehosteten Server: $ pro 1M Token nach Auslastung, Break-even-Volumen, Sensitivität</translation>
    </message>
    <message>
        <source>Could not read the workspace&apos;s traffic: %1</source>
        <translation>Der Traffic des Arbeitsbereichs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 days)</source>
        <translation>%1 – %2 (%3 Tage)</translation>
    </message>
    <message>
        <source>no calls in the period</source>
        <translation>keine Aufrufe im Zeitraum</translation>
    </message>
</context>
<context>
    <name>Planning::BreakEven</name>
    <message>
        <source>Hardware price</source>
        <translation>Hardwarepreis</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Abschreibung</translation>
    </message>
    <message>
        <source>GPU rent</source>
        <translation>GPU-Miete</translation>
    </message>
    <message>
        <source>Power draw</source>
        <translation>Leistungsaufnahme</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>MLOps share</source>
        <translation>MLOps-Anteil</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Monthly tokens</source>
        <translation>Monatliche Token</translation>
    </message>
    <message>
        <source>API spend</source>
        <translation>API-Ausgaben</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Give the hardware&apos;s price or a GPU&apos;s hourly rent: a server that costs nothing breaks even at any volume.</source>
        <translation>Geben Sie den Hardwarepreis oder die stündliche Miete einer GPU an: Ein Server, der nichts kostet, erreicht bei jedem Volumen den Break-even-Punkt.</translation>
    </message>
    <message>
        <source>Depreciation must be more than 0 and at most 20 years.</source>
        <translation>Die Abschreibungsdauer muss mehr als 0 und höchstens 20 Jahre betragen.</translation>
    </message>
    <message>
        <source>Power draw must be between 0 and 100,000 W per server.</source>
        <translation>Die Leistungsaufnahme muss zwischen 0 und 100.000 W pro Server liegen.</translation>
    </message>
    <message>
        <source>Electricity above $10 per kWh is not a real tariff.</source>
        <translation>Ein Strompreis über $10 pro kWh ist kein realer Tarif.</translation>
    </message>
    <message>
        <source>Utilization must be more than 0% and at most 100%.</source>
        <translation>Die Auslastung muss mehr als 0 % und höchstens 100 % betragen.</translation>
    </message>
    <message>
        <source>Throughput must be more than 0 tokens per second.</source>
        <translation>Der Durchsatz muss mehr als 0 Token pro Sekunde betragen.</translation>
    </message>
    <message>
        <source>The monthly token volume must be more than 0.</source>
        <translation>Das monatliche Tokenvolumen muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The API&apos;s monthly charge must be more than $0.</source>
        <translation>Die monatlichen API-Kosten müssen mehr als $0 betragen.</translation>
    </message>
</context>
<context>
    <name>Planning::Routing</name>
    <message>
        <source>Classification and routing</source>
        <translation>Klassifizierung und Routing</translation>
    </message>
    <message>
        <source>Extraction and NER</source>
        <translation>Extraktion und NER</translation>
    </message>
    <message>
        <source>Support bot, FAQ</source>
        <translation>Support-Bot, FAQ</translation>
    </message>
    <message>
        <source>Complex analytics, reasoning</source>
        <translation>Komplexe Analysen, Reasoning</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Extraktion</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>The routed share must be between 0% and 100%.</source>
        <translation>Der geroutete Anteil muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>The confidence threshold must be between 0 and 1.</source>
        <translation>Der Konfidenzschwellenwert muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The escalation rate must be between 0% and 100%.</source>
        <translation>Die Eskalationsrate muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>The correction rate must be between 0% and 100%.</source>
        <translation>Die Korrekturrate muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>The small model&apos;s prices cannot be negative.</source>
        <translation>Die Preise des kleinen Modells dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Choose the small model, or give its price: a model that costs nothing saves everything.</source>
        <translation>Wählen Sie das kleine Modell oder geben Sie seinen Preis an: Ein Modell, das nichts kostet, spart alles.</translation>
    </message>
    <message>
        <source>A correction&apos;s cost cannot be negative.</source>
        <translation>Die Kosten einer Korrektur dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The expected savings must be a range within 0% to 100%, low before high.</source>
        <translation>Die erwarteten Einsparungen müssen ein Bereich zwischen 0 % und 100 % sein, der niedrigere Wert zuerst.</translation>
    </message>
    <message>
        <source>Outcomes cannot be negative.</source>
        <translation>Ergebnisse dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Token counts cannot be negative.</source>
        <translation>Token-Anzahlen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>Ausgaben dürfen nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>Planning::Traffic</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(ohne Tag)</translation>
    </message>
    <message>
        <source>No price for %1: nothing to save in dollars.</source>
        <translation>Kein Preis für %1: In Dollar gibt es nichts einzusparen.</translation>
    </message>
    <message>
        <source>%1 has no prompt cache the planner models.</source>
        <translation>%1 hat keinen Prompt-Cache, den der Planer modelliert.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n call(s): too few to replay their arrivals.</source>
        <translation>
            <numerusform>Nur %n Aufruf: zu wenige, um die Ankünfte nachzuspielen.</numerusform>
            <numerusform>Nur %n Aufrufe: zu wenige, um ihre Ankünfte nachzuspielen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its calls already cache more than one prefix they all share (a context that grows within a task).</source>
        <translation>Seine Aufrufe cachen bereits mehr als das Präfix, das sie alle gemeinsam haben (ein Kontext, der innerhalb einer Aufgabe wächst).</translation>
    </message>
    <message>
        <source>A %1-token prefix is below %2&apos;s minimum of %3 tokens.</source>
        <translation>Ein Präfix mit %1 Token liegt unter dem Minimum von %3 Token für %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light or dark windows and charts; the system&apos;s look unless you choose one.</source>
        <translation>Helle oder dunkle Fenster und Diagramme; das Aussehen des Systems, solange Sie keines wählen.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aussehen:</translation>
    </message>
    <message>
        <source>Inferometer speaks the new language when it next starts.</source>
        <translation>Inferometer spricht die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages, and the way numbers, money and dates are written. Exported files are the same in every language.</source>
        <translation>Die Sprache von Menüs, Seiten und Meldungen und die Schreibweise von Zahlen, Beträgen und Datumsangaben. Exportierte Dateien sind in jeder Sprache gleich.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Tokens in Inferometer&apos;s six non-overlapping buckets, whatever the source&apos;s convention.</source>
        <translation>Token in den sechs überschneidungsfreien Kategorien von Inferometer, unabhängig von der Konvention der Quelle.</translation>
    </message>
    <message>
        <source>What the source itself says the call cost, when it says so.</source>
        <translation>Was die Quelle selbst als Kosten des Aufrufs angibt, sofern sie das tut.</translation>
    </message>
    <message>
        <source>Computed from the price catalog valid at the call&apos;s time; &quot;unpriced&quot; when the model has no price.</source>
        <translation>Berechnet aus dem Preiskatalog, der zum Zeitpunkt des Aufrufs galt; „ohne Preis“, wenn das Modell keinen Preis hat.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cost
center</source>
        <translation>Kosten-
stelle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Uncached
input</source>
        <translation>Eingabe
ohne Cache</translation>
    </message>
    <message>
        <source>Cache
read</source>
        <translation>Cache-
Lesen</translation>
    </message>
    <message>
        <source>Cache
write 5m</source>
        <translation>Cache-
Schreiben 5m</translation>
    </message>
    <message>
        <source>Cache
write 1h</source>
        <translation>Cache-
Schreiben 1h</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Reported
cost</source>
        <translation>Gemeldete
Kosten</translation>
    </message>
    <message>
        <source>List
cost</source>
        <translation>Listen-
kosten</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Workspace price</source>
        <translation>Arbeitsbereichspreis</translation>
    </message>
    <message>
        <source>new-model</source>
        <translation>neues-modell</translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation>selbst gehostet</translation>
    </message>
    <message>
        <source>Add price for %1</source>
        <translation>Preis für %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n price(s)</source>
        <translation>
            <numerusform>%n Preis entfernen</numerusform>
            <numerusform>%n Preise entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Write 5m</source>
        <translation>Schreiben 5m</translation>
    </message>
    <message>
        <source>Write 1h</source>
        <translation>Schreiben 1h</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Batch ×</source>
        <translation>Batch ×</translation>
    </message>
    <message>
        <source>Long ctx &gt;</source>
        <translation>Langer Kontext &gt;</translation>
    </message>
    <message>
        <source>Min cache</source>
        <translation>Min. Cache</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>The price applies to calls from this date (UTC) until the next entry of the same model.</source>
        <translation>Der Preis gilt für Aufrufe ab diesem Datum (UTC) bis zum nächsten Eintrag desselben Modells.</translation>
    </message>
    <message>
        <source>USD per 1M tokens. Reasoning tokens are billed as output.</source>
        <translation>USD pro 1M Token. Reasoning-Token werden als Ausgabe abgerechnet.</translation>
    </message>
    <message>
        <source>Multiplier on every price for calls in the batch tier (0.5 = half price).</source>
        <translation>Multiplikator auf jeden Preis für Aufrufe im Batch-Tarif (0.5 = halber Preis).</translation>
    </message>
    <message>
        <source>Input tokens per call above which the whole call is billed at the long-context prices.</source>
        <translation>Eingabetoken pro Aufruf, oberhalb derer der gesamte Aufruf zu den Langkontext-Preisen abgerechnet wird.</translation>
    </message>
    <message>
        <source>Shortest prompt the provider caches; shorter prompts are silently not cached.</source>
        <translation>Kürzester Prompt, den der Anbieter cacht; kürzere Prompts werden stillschweigend nicht gecacht.</translation>
    </message>
    <message>
        <source>Built-in prices ship with Inferometer; workspace prices override them for the same model.</source>
        <translation>Integrierte Preise werden mit Inferometer ausgeliefert; Arbeitsbereichspreise überschreiben sie für dasselbe Modell.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: type USD per 1M tokens, e.g. 2.50.</source>
        <translation>„%1“ ist kein Preis: Geben Sie USD pro 1M Token ein, z. B. 2.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token count.</source>
        <translation>„%1“ ist keine Token-Anzahl.</translation>
    </message>
    <message>
        <source>A price needs a model name.</source>
        <translation>Ein Preis benötigt einen Modellnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum: Verwenden Sie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a multiplier: use e.g. 0.5 for half price.</source>
        <translation>„%1“ ist kein Multiplikator: Verwenden Sie z. B. 0.5 für den halben Preis.</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>USD per 1M tokens. A call is priced with the entry of its model valid at its time; workspace prices override the built-in ones for that model. Models with no price are shown as unpriced, never as $0. Saved prices apply to new imports; use &lt;i&gt;Re-price history&lt;/i&gt; to apply them to calls already imported.</source>
        <translation>USD pro 1M Token. Ein Aufruf wird mit dem Eintrag seines Modells bepreist, der zu seinem Zeitpunkt gilt; Arbeitsbereichspreise überschreiben die integrierten Preise für dieses Modell. Modelle ohne Preis werden als „ohne Preis“ angezeigt, nie als $0. Gespeicherte Preise gelten für neue Importe; verwenden Sie &lt;i&gt;Historie neu bepreisen&lt;/i&gt;, um sie auf bereits importierte Aufrufe anzuwenden.</translation>
    </message>
    <message>
        <source>Filter models…</source>
        <translation>Modelle filtern…</translation>
    </message>
    <message>
        <source>&amp;Add / override</source>
        <translation>&amp;Hinzufügen / überschreiben</translation>
    </message>
    <message>
        <source>Add a workspace price (a copy of the selected row, to override it)</source>
        <translation>Einen Arbeitsbereichspreis hinzufügen (eine Kopie der ausgewählten Zeile, um sie zu überschreiben)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected workspace prices</source>
        <translation>Die ausgewählten Arbeitsbereichspreise entfernen</translation>
    </message>
    <message>
        <source>Import &amp;LiteLLM prices…</source>
        <translation>&amp;LiteLLM-Preise importieren…</translation>
    </message>
    <message>
        <source>Read LiteLLM&apos;s model_prices_and_context_window.json</source>
        <translation>model_prices_and_context_window.json von LiteLLM lesen</translation>
    </message>
    <message>
        <source>Re-price &amp;history…</source>
        <translation>&amp;Historie neu bepreisen…</translation>
    </message>
    <message>
        <source>Recompute the list cost of every call already imported</source>
        <translation>Die Listenkosten jedes bereits importierten Aufrufs neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the workspace prices (Ctrl+S)</source>
        <translation>Die Arbeitsbereichspreise speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re-pricing canceled; nothing was changed.</source>
        <translation>Neubepreisung abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Re-priced: %n call(s) changed cost.</source>
        <translation>
            <numerusform>Neu bepreist: Bei %n Aufruf haben sich die Kosten geändert.</numerusform>
            <numerusform>Neu bepreist: Bei %n Aufrufen haben sich die Kosten geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls to these models have no price, so they are left out of every total: &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;add&quot;&gt;Add workspace prices for them&lt;/a&gt;, then save and re-price history.</source>
        <translation>Aufrufe an diese Modelle haben keinen Preis und fehlen daher in jeder Summe: &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;add&quot;&gt;Fügen Sie Arbeitsbereichspreise für sie hinzu&lt;/a&gt;, speichern Sie dann und bepreisen Sie die Historie neu.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n workspace price(s). New imports use them; re-price history to apply them to calls already imported.</source>
        <translation>
            <numerusform>%n Arbeitsbereichspreis gespeichert. Neue Importe verwenden ihn; bepreisen Sie die Historie neu, um ihn auf bereits importierte Aufrufe anzuwenden.</numerusform>
            <numerusform>%n Arbeitsbereichspreise gespeichert. Neue Importe verwenden sie; bepreisen Sie die Historie neu, um sie auf bereits importierte Aufrufe anzuwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved prices</source>
        <translation>Nicht gespeicherte Preise</translation>
    </message>
    <message>
        <source>Save the changed workspace prices?</source>
        <translation>Die geänderten Arbeitsbereichspreise speichern?</translation>
    </message>
    <message>
        <source>Built-in prices cannot be removed; add a workspace price to override one.</source>
        <translation>Integrierte Preise können nicht entfernt werden; fügen Sie einen Arbeitsbereichspreis hinzu, um einen davon zu überschreiben.</translation>
    </message>
    <message>
        <source>Import LiteLLM prices</source>
        <translation>LiteLLM-Preise importieren</translation>
    </message>
    <message>
        <source>LiteLLM price file (*.json);;All files (*)</source>
        <translation>LiteLLM-Preisdatei (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n LiteLLM price(s)</source>
        <translation>
            <numerusform>%n LiteLLM-Preis importieren</numerusform>
            <numerusform>%n LiteLLM-Preise importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n price(s) from %1. Save to keep them.</source>
        <translation>
            <numerusform>%n Preis aus %1 gelesen. Speichern Sie, um ihn zu behalten.</numerusform>
            <numerusform>%n Preise aus %1 gelesen. Speichern Sie, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-price history</source>
        <translation>Historie neu bepreisen</translation>
    </message>
    <message>
        <source>Recompute the list cost of every call in this workspace with the current prices? Reported costs are not touched.</source>
        <translation>Die Listenkosten jedes Aufrufs in diesem Arbeitsbereich mit den aktuellen Preisen neu berechnen? Gemeldete Kosten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Re-pricing calls…</source>
        <translation>Aufrufe werden neu bepreist…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Preise pro Modell</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>The JSON nests more than %1 levels deep here; no price file does, so it is not read.</source>
        <translation>Das JSON ist hier mehr als %1 Ebenen tief verschachtelt; das ist bei keiner Preisdatei der Fall, daher wird es nicht gelesen.</translation>
    </message>
    <message>
        <source>The built-in price catalog is missing from this build.</source>
        <translation>Der integrierte Preiskatalog fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>This is not a price catalog: expected a JSON object with a &quot;models&quot; array.</source>
        <translation>Dies ist kein Preiskatalog: Erwartet wurde ein JSON-Objekt mit einem Array &quot;models&quot;.</translation>
    </message>
    <message>
        <source>The &quot;models&quot; array is missing.</source>
        <translation>Das Array &quot;models&quot; fehlt.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Each model entry must be a JSON object.</source>
        <translation>Jeder Modelleintrag muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The model name is missing.</source>
        <translation>Der Modellname fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Both &quot;input&quot; and &quot;output&quot; prices are required.</source>
        <translation>Die Preise &quot;input&quot; und &quot;output&quot; sind beide erforderlich.</translation>
    </message>
    <message>
        <source>A long-context threshold needs long-context prices.</source>
        <translation>Ein Langkontext-Schwellenwert erfordert Langkontext-Preise.</translation>
    </message>
    <message>
        <source>A price is not a non-negative number.</source>
        <translation>Ein Preis ist keine nichtnegative Zahl.</translation>
    </message>
    <message>
        <source>This is not a LiteLLM price file: expected a JSON object keyed by model name.</source>
        <translation>Dies ist keine LiteLLM-Preisdatei: Erwartet wurde ein JSON-Objekt mit Modellnamen als Schlüsseln.</translation>
    </message>
    <message>
        <source>No model in this file has both an input and an output price per token.</source>
        <translation>Kein Modell in dieser Datei hat sowohl einen Eingabe- als auch einen Ausgabepreis pro Token.</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Data written as prose: %1 sentences of the form &quot;The X is Y.&quot;. As JSON or &quot;key: value&quot; lines ({&quot;order_status&quot;: &quot;shipped&quot;}) the connecting words go and the model reads the fields more reliably (heuristic).</source>
        <translation>Daten als Fließtext: %1 Sätze der Form „The X is Y.“. Als JSON oder als Zeilen im Format &quot;key: value&quot; ({&quot;order_status&quot;: &quot;shipped&quot;}) entfallen die Bindewörter, und das Modell liest die Felder zuverlässiger (Heuristik).</translation>
    </message>
    <message>
        <source>Verbose prose: %1 instructions in %2 words of running text. As a bulleted list of short imperatives (one per line, without connectives and hedges) it would be shorter; %3 words here are such connectives (&quot;additionally&quot;, &quot;you should&quot;, &quot;it is&quot;…). Heuristic: a paragraph of 3+ sentences and 45+ words, 3+ of them instructions.</source>
        <translation>Weitschweifiger Fließtext: %1 Anweisungen in %2 Wörtern Fließtext. Als Aufzählung kurzer Imperative (einer pro Zeile, ohne Bindewörter und Abschwächungen) wäre er kürzer; %3 Wörter hier sind solche Bindewörter („additionally“, „you should“, „it is“…). Heuristik: ein Absatz mit 3+ Sätzen und 45+ Wörtern, davon 3+ Anweisungen.</translation>
    </message>
    <message>
        <source>Repeated instruction</source>
        <translation>Wiederholte Anweisung</translation>
    </message>
    <message>
        <source>Filler phrase</source>
        <translation>Füllphrase</translation>
    </message>
    <message>
        <source>Whitespace waste</source>
        <translation>Überflüssiger Leerraum</translation>
    </message>
    <message>
        <source>Verbose prose</source>
        <translation>Weitschweifiger Fließtext</translation>
    </message>
    <message>
        <source>Repeats line %1: &quot;%2&quot;. Saying it twice costs tokens on every call and adds no weight the first time did not.</source>
        <translation>Wiederholt Zeile %1: „%2“. Es zweimal zu sagen kostet bei jedem Aufruf Token und verleiht kein Gewicht, das die erste Nennung nicht schon hatte.</translation>
    </message>
    <message>
        <source>Filler: &quot;%1&quot; tells the model nothing; the instruction works without it.</source>
        <translation>Füllwort: „%1“ sagt dem Modell nichts; die Anweisung funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>Wordy: &quot;%1&quot; says the same as &quot;%2&quot;.</source>
        <translation>Umständlich: „%1“ sagt dasselbe wie „%2“.</translation>
    </message>
    <message>
        <source>Whitespace: %1. Spaces and blank lines are tokens too.</source>
        <translation>Leerraum: %1. Leerzeichen und Leerzeilen sind ebenfalls Token.</translation>
    </message>
    <message>
        <source>Answers today: %1 tokens (your figure).</source>
        <translation>Antworten derzeit: %1 Token (Ihre Angabe).</translation>
    </message>
    <message>
        <source>The JSON schema is not valid JSON (at byte %1).</source>
        <translation>Das JSON-Schema ist kein gültiges JSON (bei Byte %1).</translation>
    </message>
    <message>
        <source>The JSON schema must be a JSON object.</source>
        <translation>Das JSON-Schema muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>JSON schema: %1 fields; the answer&apos;s structure is %2 tokens (%3 counted on a compact instance with empty strings), plus %4 tokens for %5 string values (maxLength / 4, else %6 each); arrays at maxItems, else %7 items.</source>
        <translation>JSON-Schema: %1 Felder; die Struktur der Antwort umfasst %2 Token (mit %3 an einer kompakten Instanz mit leeren Zeichenketten gezählt), dazu %4 Token für %5 Zeichenkettenwerte (maxLength / 4, sonst je %6); Arrays mit maxItems, sonst %7 Elemente.</translation>
    </message>
    <message>
        <source>max_tokens %1 caps every answer (an answer cut off mid-way may need a retry).</source>
        <translation>max_tokens %1 begrenzt jede Antwort (eine mittendrin abgeschnittene Antwort kann eine Wiederholung erfordern).</translation>
    </message>
    <message>
        <source>Estimated saving: %1 − %2 = %3 output tokens per call.</source>
        <translation>Geschätzte Einsparung: %1 − %2 = %3 Ausgabetoken pro Aufruf.</translation>
    </message>
    <message>
        <source>A saved prompt needs a name.</source>
        <translation>Ein gespeicherter Prompt benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is no saved prompt version %1.</source>
        <translation>Es gibt keine gespeicherte Prompt-Version %1.</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation>„%1“ → „%2“</translation>
    </message>
    <message>
        <source>removed blank lines at the start</source>
        <translation>Leerzeilen am Anfang entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s) → one</source>
        <translation>
            <numerusform>%n Leerzeile → eine</numerusform>
            <numerusform>%n Leerzeilen → eine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trailing space(s)</source>
        <translation>
            <numerusform>%n Leerzeichen am Zeilenende</numerusform>
            <numerusform>%n Leerzeichen am Zeilenende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spaces → one</source>
        <translation>
            <numerusform>%n Leerzeichen → eines</numerusform>
            <numerusform>%n Leerzeichen → eines</numerusform>
        </translation>
    </message>
    <message>
        <source>removed blank lines at the end</source>
        <translation>Leerzeilen am Ende entfernt</translation>
    </message>
    <message>
        <source>removed repeated &quot;%1&quot;</source>
        <translation>wiederholtes „%1“ entfernt</translation>
    </message>
    <message numerus="yes">
        <source>moved %n paragraph(s) without variables before the first one with {{%1}}</source>
        <translation>
            <numerusform>%n Absatz ohne Variablen vor den ersten mit {{%1}} verschoben</numerusform>
            <numerusform>%n Absätze ohne Variablen vor den ersten mit {{%1}} verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>moved up: &quot;%1&quot;</source>
        <translation>nach oben verschoben: „%1“</translation>
    </message>
    <message>
        <source>Deduplicate instructions</source>
        <translation>Anweisungen deduplizieren</translation>
    </message>
    <message>
        <source>Remove filler</source>
        <translation>Füllwörter entfernen</translation>
    </message>
    <message>
        <source>Static parts first</source>
        <translation>Statische Teile zuerst</translation>
    </message>
    <message>
        <source>Collapse whitespace</source>
        <translation>Leerraum zusammenfassen</translation>
    </message>
    <message>
        <source>Removes every sentence or bullet that repeats an earlier one (compared without filler, case and punctuation; at least four words). The first occurrence stays where it is.</source>
        <translation>Entfernt jeden Satz und jeden Aufzählungspunkt, der einen früheren wiederholt (verglichen ohne Füllwörter, Groß-/Kleinschreibung und Satzzeichen; mindestens vier Wörter). Das erste Vorkommen bleibt, wo es ist.</translation>
    </message>
    <message>
        <source>Removes polite padding (&quot;please note that&quot;, &quot;make sure to&quot;, &quot;as an AI language model&quot;) and replaces wordy idioms with their short form (&quot;in order to&quot; → &quot;to&quot;). Models follow commands; the instruction itself is kept.</source>
        <translation>Entfernt höfliche Floskeln („please note that“, „make sure to“, „as an AI language model“) und ersetzt umständliche Wendungen durch ihre Kurzform („in order to“ → „to“). Modelle befolgen Befehle; die Anweisung selbst bleibt erhalten.</translation>
    </message>
    <message>
        <source>Moves paragraphs that hold no {{variable}} before the first paragraph that holds one, so that the identical prefix sent on every call (the part a provider can cache) is as long as possible. Check that the order of the instructions still reads right.</source>
        <translation>Verschiebt Absätze ohne {{Variable}} vor den ersten Absatz, der eine enthält, damit das identische Präfix, das bei jedem Aufruf gesendet wird (der Teil, den ein Anbieter cachen kann), so lang wie möglich ist. Prüfen Sie, ob die Reihenfolge der Anweisungen noch stimmig ist.</translation>
    </message>
    <message>
        <source>Removes trailing spaces, turns runs of spaces inside a line into one space (indentation is kept) and keeps at most one blank line between paragraphs.</source>
        <translation>Entfernt Leerzeichen am Zeilenende, fasst mehrere Leerzeichen innerhalb einer Zeile zu einem zusammen (Einrückungen bleiben erhalten) und lässt höchstens eine Leerzeile zwischen Absätzen.</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Paste or type a system prompt. Use {{name}} for the parts that change per call.</source>
        <translation>Fügen Sie einen Systemprompt ein oder geben Sie ihn ein. Verwenden Sie {{name}} für die Teile, die sich pro Aufruf ändern.</translation>
    </message>
    <message>
        <source>Token %1 of %2 (%3)</source>
        <translation>Token %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Fixed by the rewrite &quot;%1&quot;.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Behoben durch die Umschreibung „%1“.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Template variable {{%1}}&lt;/b&gt;&lt;br&gt;Filled in per call. Text before the first variable is the static prefix a provider can cache; text after it is sent anew on every call.</source>
        <translation>&lt;b&gt;Vorlagenvariable {{%1}}&lt;/b&gt;&lt;br&gt;Wird pro Aufruf ausgefüllt. Text vor der ersten Variablen ist das statische Präfix, das ein Anbieter cachen kann; Text danach wird bei jedem Aufruf neu gesendet.</translation>
    </message>
</context>
<context>
    <name>PromptEditorPage</name>
    <message>
        <source>Prompt editor</source>
        <translation>Prompt-Editor</translation>
    </message>
    <message>
        <source>Tokens of the prompt with the pricing tokenizer, its characters and template variables; recounted off the GUI thread 150 ms after the last edit.</source>
        <translation>Token des Prompts laut Tokenizer für die Preisberechnung, seine Zeichen und Vorlagenvariablen; 150 ms nach der letzten Änderung außerhalb des GUI-Threads neu gezählt.</translation>
    </message>
    <message>
        <source>Show tokens</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Shade each token of the pricing tokenizer in alternating colours (first 5,000 tokens; texts up to 300,000 characters).</source>
        <translation>Jedes Token des Tokenizers für die Preisberechnung abwechselnd farbig hinterlegen (erste 5.000 Token; Texte bis 300.000 Zeichen).</translation>
    </message>
    <message>
        <source>Add tokenizer…</source>
        <translation>Tokenizer hinzufügen…</translation>
    </message>
    <message>
        <source>Count with a tokenizer.json (Hugging Face BPE, e.g. Llama 3), a .tiktoken file or a GGUF model&apos;s vocabulary too; remembered for next time.</source>
        <translation>Auch mit einer tokenizer.json (Hugging Face BPE, z. B. Llama 3), einer .tiktoken-Datei oder dem Vokabular eines GGUF-Modells zählen; wird für das nächste Mal gespeichert.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>The model whose list prices (built-in catalog) price the prompt.</source>
        <translation>Das Modell, nach dessen Listenpreisen (integrierter Katalog) der Prompt bepreist wird.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The tokenizer whose count prices the prompt, checks the caching minimum and shows token boundaries. Use the model&apos;s own tokenizer where you have it.</source>
        <translation>Der Tokenizer, dessen Zählung den Prompt bepreist, das Caching-Minimum prüft und die Token-Grenzen anzeigt. Verwenden Sie den eigenen Tokenizer des Modells, wenn Sie ihn haben.</translation>
    </message>
    <message>
        <source>Count with</source>
        <translation>Zählen mit</translation>
    </message>
    <message>
        <source>Calls that send this prompt per day; a month is %1 days.</source>
        <translation>Aufrufe pro Tag, die diesen Prompt senden; ein Monat hat %1 Tage.</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>Output tokens per call added to the cost of a call. Starts at the measured answer length: the workspace&apos;s output + reasoning tokens per call of this model (of all models when it has none); a value you type stays.</source>
        <translation>Ausgabetoken pro Aufruf, die zu den Kosten eines Aufrufs addiert werden. Beginnt bei der gemessenen Antwortlänge: Ausgabe- + Reasoning-Token pro Aufruf dieses Modells im Arbeitsbereich (aller Modelle, wenn es keine hat); ein von Ihnen eingegebener Wert bleibt erhalten.</translation>
    </message>
    <message>
        <source>What the rewrites and edits save: prompt tokens removed since the baseline (the prompt as loaded, or when you pressed Reset) × input list price × requests per day × %1. Caching is not counted.</source>
        <translation>Was die Umschreibungen und Bearbeitungen sparen: seit dem Ausgangsstand entfernte Prompt-Token (der Prompt wie geladen oder zum Zeitpunkt, als Sie auf Zurücksetzen geklickt haben) × Listenpreis für Eingabe × Anfragen pro Tag × %1. Caching wird nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Below the minimum of %1 at %2: not cached. Caching would take %3 more prefix tokens; move static parts first or grow the prefix.</source>
        <translation>Unter dem Minimum von %1 bei %2: nicht gecacht. Für Caching wären %3 weitere Präfix-Token nötig; stellen Sie statische Teile an den Anfang oder verlängern Sie das Präfix.</translation>
    </message>
    <message>
        <source>Minimum at %1: %2. Cacheable per call: %3 tokens, read at %4 off when the cache is warm.</source>
        <translation>Minimum bei %1: %2. Pro Aufruf cachebar: %3 Token, bei warmem Cache mit %4 Rabatt gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>At %1 requests a day in business hours: hit rate %2 (%n write(s) a day), %3 &lt;b&gt;%4&lt;/b&gt; a month, writes included. The Planner tries other arrivals and TTLs.</source>
        <translation>
            <numerusform>Bei %1 Anfragen pro Tag während der Geschäftszeiten: Trefferquote %2 (%n Schreibvorgang pro Tag), Caching %3 &lt;b&gt;%4&lt;/b&gt; pro Monat, Schreibvorgänge eingerechnet. Der Planer probiert andere Ankunftsmuster und TTLs aus.</numerusform>
            <numerusform>Bei %1 Anfragen pro Tag während der Geschäftszeiten: Trefferquote %2 (%n Schreibvorgänge pro Tag), Caching %3 &lt;b&gt;%4&lt;/b&gt; pro Monat, Schreibvorgänge eingerechnet. Der Planer probiert andere Ankunftsmuster und TTLs aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>saves</source>
        <translation>spart</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>kostet</translation>
    </message>
    <message>
        <source>Baseline %1 tokens: no change yet. Apply a rewrite or edit the text to see the prompt tokens it saves per month.</source>
        <translation>Ausgangsstand %1 Token: noch keine Änderung. Wenden Sie eine Umschreibung an oder bearbeiten Sie den Text, um die pro Monat eingesparten Prompt-Token zu sehen.</translation>
    </message>
    <message>
        <source>Rewrites and edits: baseline %1 → now %2 prompt tokens, %3 (%4) · &lt;b&gt;%5&lt;/b&gt; per month of input at %6</source>
        <translation>Umschreibungen und Bearbeitungen: Ausgangsstand %1 → jetzt %2 Prompt-Token, %3 (%4) · &lt;b&gt;%5&lt;/b&gt; Eingabekosten pro Monat mit %6</translation>
    </message>
    <message>
        <source>Output tokens per call</source>
        <translation>Ausgabetoken pro Aufruf</translation>
    </message>
    <message>
        <source>Per call: prompt tokens × input price + output tokens × output price, list prices, no caching. Per month: per call × requests per day × %1.</source>
        <translation>Pro Aufruf: Prompt-Token × Eingabepreis + Ausgabetoken × Ausgabepreis, Listenpreise, ohne Caching. Pro Monat: pro Aufruf × Anfragen pro Tag × %1.</translation>
    </message>
    <message>
        <source>Providers cache the identical beginning of a request. Static prefix: tokens before the first {{variable}}. Minimum: the model&apos;s smallest cacheable prompt (catalog). Cacheable tokens: the prefix (OpenAI: 1,024 plus whole 128-token steps). Discount: 1 − cache-read price ÷ input price. Savings: the Planner&apos;s calculator, each request simulated against the cache&apos;s lifetime (the provider&apos;s default TTL) as the requests per day arrive evenly over business hours (9:00–17:00), write premiums included; a month is %1 days.</source>
        <translation>Anbieter cachen den identischen Anfang einer Anfrage. Statisches Präfix: Token vor der ersten {{Variable}}. Minimum: der kürzeste cachebare Prompt des Modells (Katalog). Cachebare Token: das Präfix (OpenAI: 1.024 plus ganze Schritte von 128 Token). Rabatt: 1 − Cache-Lesepreis ÷ Eingabepreis. Einsparungen: der Rechner des Planers, der jede Anfrage gegen die Lebensdauer des Caches (die Standard-TTL des Anbieters) simuliert, wobei die Anfragen pro Tag gleichmäßig über die Geschäftszeiten (9:00–17:00) eintreffen, Schreibaufschläge eingerechnet; ein Monat hat %1 Tage.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Underlined in the editor: repeated instructions (vermillion), filler (orange), whitespace (blue), verbose prose (purple). Hover one for its explanation.</source>
        <translation>Im Editor unterstrichen: wiederholte Anweisungen (zinnoberrot), Füllwörter (orange), Leerraum (blau), weitschweifiger Fließtext (lila). Bewegen Sie den Mauszeiger darüber, um die Erklärung zu sehen.</translation>
    </message>
    <message>
        <source>Click a finding to select it in the editor.</source>
        <translation>Klicken Sie auf einen Befund, um ihn im Editor auszuwählen.</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>Umschreibungen</translation>
    </message>
    <message>
        <source> Shows the diff first.</source>
        <translation> Zeigt zuerst die Unterschiede an.</translation>
    </message>
    <message>
        <source>All rewrites…</source>
        <translation>Alle Umschreibungen…</translation>
    </message>
    <message>
        <source>Deduplicate, remove filler, static parts first, collapse whitespace, in that order; shows the diff first.</source>
        <translation>Anweisungen deduplizieren, Füllwörter entfernen, statische Teile zuerst, Leerraum zusammenfassen – in dieser Reihenfolge; zeigt zuerst die Unterschiede an.</translation>
    </message>
    <message>
        <source>Reset baseline</source>
        <translation>Ausgangsstand zurücksetzen</translation>
    </message>
    <message>
        <source>Compare later edits with the text as it is now.</source>
        <translation>Spätere Bearbeitungen mit dem jetzigen Text vergleichen.</translation>
    </message>
    <message>
        <source>Add a tokenizer</source>
        <translation>Tokenizer hinzufügen</translation>
    </message>
    <message>
        <source>Tokenizers (tokenizer.json *.json *.tiktoken *.gguf);;All files (*)</source>
        <translation>Tokenizer (tokenizer.json *.json *.tiktoken *.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This text has %1 characters: it is counted, but findings, highlights and rewrites stop at 300,000 characters (use inferometer-cli compress for big files).</source>
        <translation>Dieser Text hat %1 Zeichen: Er wird gezählt, aber Befunde, Hervorhebungen und Umschreibungen enden bei 300.000 Zeichen (verwenden Sie inferometer-cli compress für große Dateien).</translation>
    </message>
    <message>
        <source>Built in: %1</source>
        <translation>Integriert: %1</translation>
    </message>
    <message>
        <source>No price for this model.</source>
        <translation>Kein Preis für dieses Modell.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; per call · &lt;b&gt;%2&lt;/b&gt; per month (%3 tokens with %4 at %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pro Aufruf · &lt;b&gt;%2&lt;/b&gt; pro Monat (%3 Token laut %4, Preise von %5)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Estimate: %1 models count tokens with their own tokenizer; %2 is OpenAI&apos;s, so the count (and the cost) is approximate.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Schätzung: %1-Modelle zählen Token mit ihrem eigenen Tokenizer; %2 ist der von OpenAI, daher sind die Anzahl (und die Kosten) nur ungefähr.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No {{variables}}: all %1 tokens are a static prefix.</source>
        <translation>Keine {{Variablen}}: Alle %1 Token sind ein statisches Präfix.</translation>
    </message>
    <message>
        <source>Static prefix: %1 tokens, before {{%2}}.</source>
        <translation>Statisches Präfix: %1 Token, vor {{%2}}.</translation>
    </message>
    <message>
        <source>%1 has no cache discount in the catalog.</source>
        <translation>%1 hat im Katalog keinen Cache-Rabatt.</translation>
    </message>
    <message>
        <source>%1 tokens (%2)</source>
        <translation>%1 Token (%2)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>zählen…</translation>
    </message>
    <message numerus="yes">
        <source> · %1 characters · %n variable(s)</source>
        <translation>
            <numerusform> · %1 Zeichen · %n Variable</numerusform>
            <numerusform> · %1 Zeichen · %n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not analysed: the text is too large.</source>
        <translation>Nicht analysiert: Der Text ist zu groß.</translation>
    </message>
    <message>
        <source>%1 repeated · %2 filler · %3 whitespace · %4 verbose%5</source>
        <translation>%1 wiederholt · %2 Füllwörter · %3 Leerraum · %4 weitschweifig%5</translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation> (erste %1 angezeigt)</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Zeile %1 · %2</translation>
    </message>
    <message>
        <source>%1 → %2 characters.</source>
        <translation>%1 → %2 Zeichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2 tokens&lt;/b&gt; (%3): −%4 (%5)</source>
        <translation>&lt;b&gt;%1 → %2 Token&lt;/b&gt; (%3): −%4 (%5)</translation>
    </message>
    <message>
        <source> · saves &lt;b&gt;%1&lt;/b&gt; per month at %2, %3 requests per day (list input price)</source>
        <translation> · spart &lt;b&gt;%1&lt;/b&gt; pro Monat mit %2 bei %3 Anfragen pro Tag (Listenpreis für Eingabe)</translation>
    </message>
    <message>
        <source>No calls in this workspace to measure answers by.</source>
        <translation>Keine Aufrufe in diesem Arbeitsbereich, an denen sich Antworten messen lassen.</translation>
    </message>
    <message>
        <source>Open a workspace to measure answer lengths.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Antwortlängen zu messen.</translation>
    </message>
    <message>
        <source>Measured: %1 tokens per answer over %2 call(s) of %3 in this workspace.</source>
        <translation>Gemessen: %1 Token pro Antwort über %2 Aufruf(e) von %3 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Measured: %1 tokens per answer over %2 call(s) of all models in this workspace (none of %3).</source>
        <translation>Gemessen: %1 Token pro Antwort über %2 Aufruf(e) aller Modelle in diesem Arbeitsbereich (keiner von %3).</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Prompt-Text</translation>
    </message>
    <message>
        <source>Token counts per model</source>
        <translation>Token-Anzahl pro Modell</translation>
    </message>
</context>
<context>
    <name>PromqlPanel</name>
    <message>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>%1
Unit: %2</source>
        <translation>%1
Einheit: %2</translation>
    </message>
    <message>
        <source>PromQL presets for vLLM, TGI, LiteLLM and OpenCost (metric names of formats.md): choosing one puts its PromQL in the query line and runs it.</source>
        <translation>PromQL-Vorlagen für vLLM, TGI, LiteLLM und OpenCost (Metriknamen aus formats.md): Eine Auswahl übernimmt ihr PromQL in die Abfragezeile und führt es aus.</translation>
    </message>
    <message>
        <source>PromQL, e.g. sum by (model_name) (rate(vllm:generation_tokens_total[5m]))</source>
        <translation>PromQL, z. B. sum by (model_name) (rate(vllm:generation_tokens_total[5m]))</translation>
    </message>
    <message>
        <source>Any PromQL expression. It is evaluated with /api/v1/query_range over the last 15 minutes at the feed&apos;s interval (at most 300 points) and re-run on every interval; the last %1 queries run are remembered.</source>
        <translation>Ein beliebiger PromQL-Ausdruck. Er wird mit /api/v1/query_range über die letzten 15 Minuten im Intervall des Feeds ausgewertet (höchstens 300 Punkte) und in jedem Intervall erneut ausgeführt; die letzten %1 ausgeführten Abfragen werden gespeichert.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Connect to a Prometheus server to run PromQL.</source>
        <translation>Verbinden Sie sich mit einem Prometheus-Server, um PromQL auszuführen.</translation>
    </message>
    <message>
        <source>PromQL result (last 15 minutes)</source>
        <translation>PromQL-Ergebnis (letzte 15 Minuten)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Choose a preset or type PromQL, then Run.</source>
        <translation>Wählen Sie eine Vorlage oder geben Sie PromQL ein und klicken Sie dann auf „Ausführen“.</translation>
    </message>
    <message>
        <source>%1 UTC · %2</source>
        <translation>%1 UTC · %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n series, %2 points · answered %3 UTC</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n Zeitreihe, %2 Punkte · beantwortet um %3 UTC</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n Zeitreihen, %2 Punkte · beantwortet um %3 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source> · the first %1 drawn</source>
        <translation> · die ersten %1 gezeichnet</translation>
    </message>
    <message>
        <source>PromQL query result</source>
        <translation>Ergebnis der PromQL-Abfrage</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RawRowsModel</name>
    <message>
        <source>Line in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>Not mapped: this column is not imported.</source>
        <translation>Nicht zugeordnet: Diese Spalte wird nicht importiert.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelesen als %1.</translation>
    </message>
</context>
<context>
    <name>RecordedSessionView</name>
    <message>
        <source>A recorded session: the scrapes of one feed written by Record, without a pause longer than 10 minutes (UTC times).</source>
        <translation>Eine aufgezeichnete Sitzung: die mit „Aufzeichnen“ geschriebenen Abrufe eines Feeds, ohne Pause von mehr als 10 Minuten (Zeiten in UTC).</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Token pro Sekunde</translation>
    </message>
    <message>
        <source>Spend per hour (USD)</source>
        <translation>Ausgaben pro Stunde (USD)</translation>
    </message>
    <message>
        <source>Tokens/s — recorded: increase of the feed&apos;s prompt + generated token counters (vLLM, TGI, LiteLLM) per second of the scrapes in each interval, restarts counted from zero; logged: all six token buckets of the calls in the interval ÷ its length.
Spend/h — recorded: increase of LiteLLM&apos;s litellm_spend_metric per hour; logged: list cost of the calls in the interval ÷ its length in hours.</source>
        <translation>Token/s — aufgezeichnet: Zuwachs der Zähler für Prompt- und generierte Token des Feeds (vLLM, TGI, LiteLLM) pro Sekunde der Abrufe in jedem Intervall, Neustarts ab null gezählt; protokolliert: alle sechs Token-Kategorien der Aufrufe im Intervall ÷ dessen Länge.
Ausgaben/h — aufgezeichnet: Zuwachs von litellm_spend_metric aus LiteLLM pro Stunde; protokolliert: Listenkosten der Aufrufe im Intervall ÷ dessen Länge in Stunden.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Interval of the comparison, aligned to whole minutes/hours UTC.</source>
        <translation>Intervall des Vergleichs, ausgerichtet an ganzen Minuten/Stunden in UTC.</translation>
    </message>
    <message>
        <source>Logged calls of one cost center only, or of all.</source>
        <translation>Protokollierte Aufrufe nur einer Kostenstelle oder aller.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>per</source>
        <translation>je</translation>
    </message>
    <message>
        <source>logs of:</source>
        <translation>Protokolle von:</translation>
    </message>
    <message>
        <source>No recorded sessions yet: press Record while a feed runs.</source>
        <translation>Noch keine aufgezeichneten Sitzungen: Klicken Sie auf „Aufzeichnen“, während ein Feed läuft.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>%1 · %2 – %3 · %L4 scrapes</source>
        <translation>%1 · %2 – %3 · %L4 Abrufe</translation>
    </message>
    <message>
        <source>All cost centers</source>
        <translation>Alle Kostenstellen</translation>
    </message>
    <message>
        <source>recorded feed, $/h</source>
        <translation>aufgezeichneter Feed, $/h</translation>
    </message>
    <message>
        <source>recorded feed, tokens/s</source>
        <translation>aufgezeichneter Feed, Token/s</translation>
    </message>
    <message>
        <source>logged calls, $/h</source>
        <translation>protokollierte Aufrufe, $/h</translation>
    </message>
    <message>
        <source>logged calls, tokens/s</source>
        <translation>protokollierte Aufrufe, Token/s</translation>
    </message>
    <message>
        <source>USD per hour</source>
        <translation>USD pro Stunde</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>Token pro Sekunde</translation>
    </message>
    <message>
        <source>Recorded spend rate vs logged spend, per interval</source>
        <translation>Aufgezeichnete Ausgabenrate und protokollierte Ausgaben je Intervall</translation>
    </message>
    <message>
        <source>Recorded token rate vs logged tokens, per interval</source>
        <translation>Aufgezeichnete Token-Rate und protokollierte Token je Intervall</translation>
    </message>
    <message>
        <source>This session has no spend counter (litellm_spend_metric): only the logs are drawn.</source>
        <translation>Diese Sitzung hat keinen Ausgabenzähler (litellm_spend_metric): Es werden nur die Protokolle gezeichnet.</translation>
    </message>
    <message>
        <source>This session has no token counters (vLLM, TGI, LiteLLM): only the logs are drawn.</source>
        <translation>Diese Sitzung hat keine Token-Zähler (vLLM, TGI, LiteLLM): Es werden nur die Protokolle gezeichnet.</translation>
    </message>
    <message>
        <source>Recorded from %1 (%L2 of %L3 intervals with two scrapes or more) beside the logged calls of the same intervals.</source>
        <translation>Aufgezeichnet aus %1 (%L2 von %L3 Intervallen mit zwei oder mehr Abrufen) neben den protokollierten Aufrufen derselben Intervalle.</translation>
    </message>
    <message>
        <source>Recorded and logged sessions</source>
        <translation>Aufgezeichnete und protokollierte Sitzungen</translation>
    </message>
</context>
<context>
    <name>RewriteDialog</name>
    <message>
        <source>Rewrite preview</source>
        <translation>Vorschau der Umformulierung</translation>
    </message>
    <message>
        <source>Removed text is struck through in red, added text is green; ↵ marks a removed or added line break.</source>
        <translation>Entfernter Text ist rot durchgestrichen, hinzugefügter Text grün; ↵ markiert einen entfernten oder hinzugefügten Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Every change, by rule, in the order the rules ran.</source>
        <translation>Jede Änderung, nach Regel, in der Reihenfolge, in der die Regeln ausgeführt wurden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n edit(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the prompt is already clean for these rules.</source>
        <translation>Nichts zu ändern: Der Prompt ist für diese Regeln bereits sauber.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Replace the prompt with the rewritten text as one edit: Ctrl+Z in the editor undoes it.</source>
        <translation>Den Prompt in einem Bearbeitungsschritt durch den umformulierten Text ersetzen: Strg+Z im Editor macht das rückgängig.</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>route %1 to %2</source>
        <translation>%1 an %2 leiten</translation>
    </message>
    <message>
        <source>cascade via %1, %2 escalate</source>
        <translation>Kaskade über %1, %2 eskaliert</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>This workspace (the period chosen, per month)</source>
        <translation>Dieser Arbeitsbereich (gewählter Zeitraum, pro Monat)</translation>
    </message>
    <message>
        <source>Each class&apos;s spend, tokens, accepted outcomes and corrections (tasks accepted after rework) from the workspace&apos;s calls</source>
        <translation>Ausgaben, Token, akzeptierte Ergebnisse und Korrekturen (nach Nacharbeit akzeptierte Aufgaben) jeder Klasse aus den Aufrufen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The article&apos;s case study:</source>
        <translation>Die Fallstudie des Artikels:</translation>
    </message>
    <message>
        <source>1,000 product descriptions of 500 input and 300 output tokens each</source>
        <translation>1.000 Produktbeschreibungen mit je 500 Eingabe- und 300 Ausgabetoken</translation>
    </message>
    <message>
        <source>The article&apos;s three options for its case study, with their costs and correction rates as it states them</source>
        <translation>Die drei Optionen des Artikels für seine Fallstudie, mit Kosten und Korrekturquoten laut Artikel</translation>
    </message>
    <message>
        <source>GPT-only ($0.12, 2% corrected)</source>
        <translation>Nur GPT ($0,12, 2 % korrigiert)</translation>
    </message>
    <message>
        <source>Hybrid routing ($0.035, 5%)</source>
        <translation>Hybrides Routing ($0,035, 5 %)</translation>
    </message>
    <message>
        <source>Self-hosted SLM ($0.012, 9%)</source>
        <translation>Selbst gehostetes SLM ($0,012, 9 %)</translation>
    </message>
    <message>
        <source>The article&apos;s task classes; choose one to edit its plan</source>
        <translation>Die Aufgabenklassen des Artikels; wählen Sie eine aus, um ihren Plan zu bearbeiten</translation>
    </message>
    <message>
        <source>The article&apos;s estimate of savings against a frontier model: %1–%2</source>
        <translation>Die im Artikel geschätzte Einsparung gegenüber einem Frontier-Modell: %1–%2</translation>
    </message>
    <message>
        <source>Keep on today&apos;s models</source>
        <translation>Bei den heutigen Modellen bleiben</translation>
    </message>
    <message>
        <source>Route a share to the small model</source>
        <translation>Einen Anteil an das kleine Modell leiten</translation>
    </message>
    <message>
        <source>Cascade: small model first, escalate</source>
        <translation>Kaskade: zuerst kleines Modell, dann eskalieren</translation>
    </message>
    <message>
        <source>Routing sends a share of the class straight to the small model. A cascade sends everything to it first and escalates answers below the confidence threshold to today&apos;s model, paying for both.</source>
        <translation>Routing schickt einen Anteil der Klasse direkt an das kleine Modell. Eine Kaskade schickt zunächst alles an das kleine Modell und eskaliert Antworten unterhalb der Konfidenzschwelle an das heutige Modell; bezahlt wird für beide.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the class&apos;s work the small model takes</source>
        <translation>Anteil der Arbeit der Klasse, den das kleine Modell übernimmt</translation>
    </message>
    <message>
        <source>Routed share:</source>
        <translation>Gerouteter Anteil:</translation>
    </message>
    <message>
        <source>Answers with a confidence score below this escalate (recorded with the plan)</source>
        <translation>Antworten mit einem Konfidenzwert unter diesem Wert werden eskaliert (wird mit dem Plan gespeichert)</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>Konfidenzschwelle:</translation>
    </message>
    <message>
        <source>Share of requests whose confidence falls below the threshold; measure it on a sample of the class</source>
        <translation>Anteil der Anfragen, deren Konfidenz unter der Schwelle liegt; messen Sie ihn an einer Stichprobe der Klasse</translation>
    </message>
    <message>
        <source>Escalation rate:</source>
        <translation>Eskalationsrate:</translation>
    </message>
    <message>
        <source>A model from the price catalog, or a self-hosted model at the $ per 1M of a saved, priced A/B run</source>
        <translation>Ein Modell aus dem Preiskatalog oder ein selbst gehostetes Modell zum Preis in $ pro 1 Mio. aus einem gespeicherten, bepreisten A/B-Lauf</translation>
    </message>
    <message>
        <source>Small model:</source>
        <translation>Kleines Modell:</translation>
    </message>
    <message>
        <source> in</source>
        <translation> Eingabe</translation>
    </message>
    <message>
        <source>Its input price, USD per 1M tokens</source>
        <translation>Sein Eingabepreis, USD pro 1 Mio. Token</translation>
    </message>
    <message>
        <source> out</source>
        <translation> Ausgabe</translation>
    </message>
    <message>
        <source>Its output price, USD per 1M tokens</source>
        <translation>Sein Ausgabepreis, USD pro 1 Mio. Token</translation>
    </message>
    <message>
        <source>Per 1M:</source>
        <translation>Pro 1 Mio.:</translation>
    </message>
    <message>
        <source>Share of the small model&apos;s outcomes a human must correct (the article: 5% hybrid, 9% self-hosted SLM)</source>
        <translation>Anteil der Ergebnisse des kleinen Modells, den ein Mensch korrigieren muss (laut Artikel: 5 % hybrid, 9 % selbst gehostetes SLM)</translation>
    </message>
    <message>
        <source>Small model corrections:</source>
        <translation>Korrekturen des kleinen Modells:</translation>
    </message>
    <message>
        <source> each</source>
        <translation> je Korrektur</translation>
    </message>
    <message>
        <source>One human correction in this class: minutes spent × loaded hourly rate (default: 3 minutes at $100 an hour)</source>
        <translation>Eine menschliche Korrektur in dieser Klasse: aufgewendete Minuten × voll belasteter Stundensatz (Standard: 3 Minuten zu $100 pro Stunde)</translation>
    </message>
    <message>
        <source>Correction cost:</source>
        <translation>Korrekturkosten:</translation>
    </message>
    <message>
        <source>Low end of the expected savings</source>
        <translation>Untergrenze der erwarteten Einsparung</translation>
    </message>
    <message>
        <source>High end of the expected savings</source>
        <translation>Obergrenze der erwarteten Einsparung</translation>
    </message>
    <message>
        <source>Expected savings:</source>
        <translation>Erwartete Einsparung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workflows by class&lt;/b&gt; (change one to move its calls)</source>
        <translation>&lt;b&gt;Workflows nach Klasse&lt;/b&gt; (ändern Sie eine, um deren Aufrufe zu verschieben)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>A task_class tag on the calls, else words in the project, operation or agent, else their tokens; your choice here overrides them</source>
        <translation>Ein task_class-Tag an den Aufrufen, sonst Wörter in Projekt, Operation oder Agent, sonst ihre Token; Ihre Auswahl hier hat Vorrang</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Model savings</source>
        <translation>Modell-Einsparung</translation>
    </message>
    <message>
        <source>CPSO today</source>
        <translation>CPSO heute</translation>
    </message>
    <message>
        <source>CPSO projected</source>
        <translation>CPSO Prognose</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>+ corrections today</source>
        <translation>+ Korrekturen heute</translation>
    </message>
    <message>
        <source>+ corrections projected</source>
        <translation>+ Korrekturen Prognose</translation>
    </message>
    <message>
        <source>Task class</source>
        <translation>Aufgabenklasse</translation>
    </message>
    <message>
        <source>What the plan does with the class</source>
        <translation>Was der Plan mit der Klasse macht</translation>
    </message>
    <message>
        <source>Accepted outcomes a month</source>
        <translation>Akzeptierte Ergebnisse pro Monat</translation>
    </message>
    <message>
        <source>Model spend a month on today&apos;s models</source>
        <translation>Modellausgaben pro Monat mit den heutigen Modellen</translation>
    </message>
    <message>
        <source>Model spend a month under the plan</source>
        <translation>Modellausgaben pro Monat mit dem Plan</translation>
    </message>
    <message>
        <source>1 − projected / today spend (⚠: outside the expected range)</source>
        <translation>1 − Prognose / heutige Ausgaben (⚠: außerhalb des erwarteten Bereichs)</translation>
    </message>
    <message>
        <source>CPSO: model spend / accepted outcomes</source>
        <translation>CPSO: Modellausgaben / akzeptierte Ergebnisse</translation>
    </message>
    <message>
        <source>CPSO under the plan</source>
        <translation>CPSO mit dem Plan</translation>
    </message>
    <message>
        <source>Share of outcomes a human corrects, today → projected</source>
        <translation>Anteil der Ergebnisse, die ein Mensch korrigiert, heute → Prognose</translation>
    </message>
    <message>
        <source>CPSO with corrections: (model spend + corrections × their cost) / outcomes, the cost of an outcome that needs no more work</source>
        <translation>CPSO mit Korrekturen: (Modellausgaben + Korrekturen × deren Kosten) / Ergebnisse, also die Kosten eines Ergebnisses, das keine weitere Arbeit erfordert</translation>
    </message>
    <message>
        <source>CPSO with corrections under the plan</source>
        <translation>CPSO mit Korrekturen mit dem Plan</translation>
    </message>
    <message>
        <source>A month: model spend and correction labour, today and planned</source>
        <translation>Ein Monat: Modellausgaben und Korrekturaufwand, heute und geplant</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>(typed prices)</source>
        <translation>(eingegebene Preise)</translation>
    </message>
    <message>
        <source>self-hosted: %1 (%2 per 1M)</source>
        <translation>selbst gehostet: %1 (%2 pro 1 Mio.)</translation>
    </message>
    <message>
        <source>The class of %1&apos;s calls; changing it reads the workspace again</source>
        <translation>Die Klasse der Aufrufe von %1; eine Änderung liest den Arbeitsbereich neu ein</translation>
    </message>
    <message>
        <source>small model</source>
        <translation>kleines Modell</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>this workspace, a month</source>
        <translation>dieser Arbeitsbereich, ein Monat</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>%1: spend today → projected</source>
        <translation>%1: Ausgaben heute → Prognose</translation>
    </message>
    <message>
        <source>Spend a month today</source>
        <translation>Ausgaben pro Monat heute</translation>
    </message>
    <message>
        <source>Spend a month projected</source>
        <translation>Ausgaben pro Monat Prognose</translation>
    </message>
    <message>
        <source>Corrections today</source>
        <translation>Korrekturen heute</translation>
    </message>
    <message>
        <source>Corrections projected</source>
        <translation>Korrekturen Prognose</translation>
    </message>
    <message>
        <source>Correction labour today</source>
        <translation>Korrekturaufwand heute</translation>
    </message>
    <message>
        <source>Correction labour projected</source>
        <translation>Korrekturaufwand Prognose</translation>
    </message>
    <message>
        <source>CPSO with corrections today</source>
        <translation>CPSO mit Korrekturen heute</translation>
    </message>
    <message>
        <source>CPSO with corrections projected</source>
        <translation>CPSO mit Korrekturen Prognose</translation>
    </message>
    <message>
        <source>Outside the expected %1–%2 for this class: check the plan&apos;s rates</source>
        <translation>Außerhalb der für diese Klasse erwarteten %1–%2: Prüfen Sie die Raten des Plans</translation>
    </message>
    <message>
        <source>Workflows: %1. Most spend on %2.</source>
        <translation>Workflows: %1. Die meisten Ausgaben entfallen auf %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>model spend</source>
        <translation>Modellausgaben</translation>
    </message>
    <message>
        <source>correction labour</source>
        <translation>Korrekturaufwand</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>Small model input price</source>
        <translation>Eingabepreis des kleinen Modells</translation>
    </message>
    <message>
        <source>Small model output price</source>
        <translation>Ausgabepreis des kleinen Modells</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>%n Regel entfernen</numerusform>
            <numerusform>%n Regeln entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move rule</source>
        <translation>Regel verschieben</translation>
    </message>
    <message>
        <source>What to match: api_key, project, model, provider, agent_id, operation, or a source attribute such as workspace_id, tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.service.name.</source>
        <translation>Was abgeglichen wird: api_key, project, model, provider, agent_id, operation oder ein Quellattribut wie workspace_id, tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.service.name.</translation>
    </message>
    <message>
        <source>A glob, case-insensitive: key_eng_* matches every key that starts with key_eng_; * matches any value.</source>
        <translation>Ein Glob-Muster ohne Beachtung der Groß-/Kleinschreibung: key_eng_* passt auf jeden Schlüssel, der mit key_eng_ beginnt; * passt auf jeden Wert.</translation>
    </message>
    <message>
        <source>Given to calls the rule matches when their source names no cost center. The first matching rule wins.</source>
        <translation>Wird Aufrufen zugewiesen, auf die die Regel passt, wenn ihre Quelle keine Kostenstelle nennt. Die erste passende Regel gilt.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Edit %1 of rule %2</source>
        <translation>%1 von Regel %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SampleFiles</name>
    <message>
        <source>Canonical JSON Lines</source>
        <translation>Kanonisches JSON Lines</translation>
    </message>
    <message>
        <source>Canonical CSV</source>
        <translation>Kanonisches CSV</translation>
    </message>
    <message>
        <source>OpenTelemetry traces (OTLP JSON)</source>
        <translation>OpenTelemetry-Traces (OTLP JSON)</translation>
    </message>
    <message>
        <source>Anthropic usage report</source>
        <translation>Anthropic-Nutzungsbericht</translation>
    </message>
    <message>
        <source>Anthropic cost report</source>
        <translation>Anthropic-Kostenbericht</translation>
    </message>
    <message>
        <source>OpenAI usage API</source>
        <translation>OpenAI-Usage-API</translation>
    </message>
    <message>
        <source>OpenAI costs API</source>
        <translation>OpenAI-Costs-API</translation>
    </message>
    <message>
        <source>OpenAI activity export (CSV)</source>
        <translation>OpenAI-Aktivitätsexport (CSV)</translation>
    </message>
    <message>
        <source>OpenAI cost export (CSV)</source>
        <translation>OpenAI-Kostenexport (CSV)</translation>
    </message>
    <message>
        <source>Langfuse observations (JSON)</source>
        <translation>Langfuse-Observations (JSON)</translation>
    </message>
    <message>
        <source>Langfuse observations (CSV)</source>
        <translation>Langfuse-Observations (CSV)</translation>
    </message>
    <message>
        <source>LiteLLM spend logs</source>
        <translation>LiteLLM-Ausgabenprotokolle</translation>
    </message>
    <message>
        <source>LiteLLM daily activity</source>
        <translation>LiteLLM-Tagesaktivität</translation>
    </message>
    <message>
        <source>FOCUS 1.2 cost and usage (CSV)</source>
        <translation>FOCUS 1.2 Kosten und Nutzung (CSV)</translation>
    </message>
</context>
<context>
    <name>SavedPromptsBar</name>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Prompts saved in this workspace. Type a new name to save the text under it.</source>
        <translation>In diesem Arbeitsbereich gespeicherte Prompts. Geben Sie einen neuen Namen ein, um den Text darunter zu speichern.</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Save the text as the newest version of this prompt in the workspace (its history keeps every version; the note says which rewrites were applied).</source>
        <translation>Den Text als neueste Version dieses Prompts im Arbeitsbereich speichern (der Verlauf behält jede Version; die Notiz gibt an, welche Umformulierungen angewendet wurden).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Earlier versions of this prompt; choosing one loads it (Ctrl+Z goes back).</source>
        <translation>Frühere Versionen dieses Prompts; eine Auswahl lädt sie (Strg+Z kehrt zurück).</translation>
    </message>
    <message>
        <source>Open a workspace to save prompts in it.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Prompts darin zu speichern.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 characters)</source>
        <translation>%1 — %2 (%3 Zeichen)</translation>
    </message>
    <message>
        <source>No saved versions of this prompt yet</source>
        <translation>Noch keine gespeicherten Versionen dieses Prompts</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Scenarios saved in this workspace; choosing one loads its inputs</source>
        <translation>In diesem Arbeitsbereich gespeicherte Szenarien; eine Auswahl lädt deren Eingaben</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save these inputs in the workspace under a name (Ctrl+S)</source>
        <translation>Diese Eingaben unter einem Namen im Arbeitsbereich speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen saved scenario</source>
        <translation>Das gewählte gespeicherte Szenario löschen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>The saved scenarios side by side with the current inputs, each on this workspace&apos;s data</source>
        <translation>Die gespeicherten Szenarien neben den aktuellen Eingaben, jeweils mit den Daten dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>The current scenario&apos;s inputs, results and charts as a PDF</source>
        <translation>Eingaben, Ergebnisse und Diagramme des aktuellen Szenarios als PDF</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>The current scenario&apos;s inputs and results as CSV (section, item, value)</source>
        <translation>Eingaben und Ergebnisse des aktuellen Szenarios als CSV (Abschnitt, Position, Wert)</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation>(keine gespeichert)</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>gespeichert %1</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Replace the saved scenario “%1”?</source>
        <translation>Das gespeicherte Szenario „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Delete the saved scenario “%1”?</source>
        <translation>Das gespeicherte Szenario „%1“ löschen?</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Compare %1 scenarios</source>
        <translation>Szenarien vergleichen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Inferometer planner: %1</source>
        <translation>Inferometer-Planer: %1</translation>
    </message>
    <message>
        <source>%1, exported %2</source>
        <translation>%1, exportiert %2</translation>
    </message>
    <message>
        <source>unsaved scenario</source>
        <translation>nicht gespeichertes Szenario</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>StackedSpendModel</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Rebuilding the workspace&apos;s summaries failed: %1. The file was not changed.</source>
        <translation>Das Neuaufbauen der Zusammenfassungen des Arbeitsbereichs ist fehlgeschlagen: %1. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer Inferometer (schema version %1; this version reads up to %2). Update Inferometer to open it; the file was not changed.</source>
        <translation>Dieser Arbeitsbereich wurde von einer neueren Inferometer-Version geschrieben (Schemaversion %1; diese Version liest bis %2). Aktualisieren Sie Inferometer, um ihn zu öffnen; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>This SQLite file is not an Inferometer workspace; it was not changed.</source>
        <translation>Diese SQLite-Datei ist kein Inferometer-Arbeitsbereich; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>This file cannot be read as an Inferometer workspace: %1</source>
        <translation>Diese Datei kann nicht als Inferometer-Arbeitsbereich gelesen werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema version %1 failed: %2. The file was not changed.</source>
        <translation>Das Aktualisieren des Arbeitsbereichs auf Schemaversion %1 ist fehlgeschlagen: %2. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>in die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>in ihren Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>This workspace is open read-only (%1): %2 needs write access.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet (%1): %2 erfordert Schreibzugriff.</translation>
    </message>
    <message>
        <source>The workspace does not exist.</source>
        <translation>Der Arbeitsbereich existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation>Dies ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>upgrading it to this version&apos;s schema</source>
        <translation>das Aktualisieren auf das Schema dieser Version</translation>
    </message>
    <message>
        <source>The workspace cannot be prepared for writing: %1</source>
        <translation>Der Arbeitsbereich kann nicht zum Schreiben vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>Store::Derived</name>
    <message>
        <source>This change would take the workspace&apos;s %1 to %2, past the %3 that Inferometer adds up exactly; it is refused and the workspace is as it was.</source>
        <translation>Diese Änderung würde %1 des Arbeitsbereichs auf %2 bringen, über die %3 hinaus, die Inferometer exakt aufsummiert; sie wird abgelehnt, und der Arbeitsbereich bleibt unverändert.</translation>
    </message>
    <message>
        <source>This change would take the workspace&apos;s %1 past the %2 that Inferometer adds up exactly; it is refused and the workspace is as it was.</source>
        <translation>Diese Änderung würde %1 des Arbeitsbereichs über die %2 hinaus bringen, die Inferometer exakt aufsummiert; sie wird abgelehnt, und der Arbeitsbereich bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>TokenCountModel</name>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Static prefix</source>
        <translation>Statisches Präfix</translation>
    </message>
    <message>
        <source>Chars/token</source>
        <translation>Zeichen/Token</translation>
    </message>
    <message>
        <source>$ per call</source>
        <translation>$ pro Aufruf</translation>
    </message>
    <message>
        <source>$ per month</source>
        <translation>$ pro Monat</translation>
    </message>
    <message>
        <source>The vocabulary that counts: o200k_base (GPT-4o, GPT-4.1, GPT-5, o-series), cl100k_base (GPT-4, GPT-3.5), or a tokenizer.json / GGUF file you added. Other providers&apos; models have their own tokenizers; their counts differ by a few percent.</source>
        <translation>Das Vokabular, nach dem gezählt wird: o200k_base (GPT-4o, GPT-4.1, GPT-5, o-Serie), cl100k_base (GPT-4, GPT-3.5) oder eine von Ihnen hinzugefügte tokenizer.json- oder GGUF-Datei. Modelle anderer Anbieter haben eigene Tokenizer; ihre Zählungen weichen um einige Prozent ab.</translation>
    </message>
    <message>
        <source>Exact number of tokens the prompt is encoded to (ordinary text: special-token text counts as text; no BOS/EOS added).</source>
        <translation>Genaue Anzahl der Token, in die der Prompt kodiert wird (gewöhnlicher Text: Text von Spezial-Token zählt als Text; kein BOS/EOS hinzugefügt).</translation>
    </message>
    <message>
        <source>Tokens before the first {{variable}}: the part that is identical on every call, which a provider can cache. Without variables, the whole prompt.</source>
        <translation>Token vor der ersten {{variable}}: der Teil, der bei jedem Aufruf identisch ist und den ein Anbieter zwischenspeichern kann. Ohne Variablen der gesamte Prompt.</translation>
    </message>
    <message>
        <source>Characters of the prompt ÷ its tokens: how densely this tokenizer packs this text.</source>
        <translation>Zeichen des Prompts ÷ seine Token: wie dicht dieser Tokenizer diesen Text packt.</translation>
    </message>
    <message>
        <source>List cost of one call at the chosen model: tokens × input price + output tokens per call × output price (no caching).</source>
        <translation>Listenkosten eines Aufrufs mit dem gewählten Modell: Token × Eingabepreis + Ausgabetoken pro Aufruf × Ausgabepreis (ohne Caching).</translation>
    </message>
    <message>
        <source>$ per call × requests per day × %1 days, summed exactly and rounded once.</source>
        <translation>$ pro Aufruf × Anfragen pro Tag × %1 Tage, exakt summiert und einmal gerundet.</translation>
    </message>
</context>
<context>
    <name>Tokenize</name>
    <message>
        <source>merge %1 makes a token that is not in the vocabulary</source>
        <translation>Merge %1 erzeugt ein Token, das nicht im Vokabular steht</translation>
    </message>
    <message>
        <source>the pre-tokenizer &quot;%1&quot; is not supported (known: default, gpt2, llama-bpe, llama3, qwen2, dbrx, smaug-bpe)</source>
        <translation>der Pre-Tokenizer &quot;%1&quot; wird nicht unterstützt (bekannt: default, gpt2, llama-bpe, llama3, qwen2, dbrx, smaug-bpe)</translation>
    </message>
    <message>
        <source>merge %1 (&quot;%2&quot;) names a token that is not in the vocabulary</source>
        <translation>Merge %1 (&quot;%2&quot;) nennt ein Token, das nicht im Vokabular steht</translation>
    </message>
    <message>
        <source>tokenizer model &quot;%1&quot; is not supported (llama and gpt2 are)</source>
        <translation>das Tokenizer-Modell &quot;%1&quot; wird nicht unterstützt (llama und gpt2 schon)</translation>
    </message>
    <message>
        <source>unsupported pre-tokenizer: %1</source>
        <translation>nicht unterstützter Pre-Tokenizer: %1</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>no Regex or String</source>
        <translation>kein Regex oder String</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>kein String</translation>
    </message>
    <message>
        <source>a second regex</source>
        <translation>ein zweiter regulärer Ausdruck</translation>
    </message>
    <message>
        <source>no ByteLevel step (not a byte-level BPE)</source>
        <translation>kein ByteLevel-Schritt (kein Byte-Level-BPE)</translation>
    </message>
    <message>
        <source>cannot open the tokenizer file: %1</source>
        <translation>die Tokenizer-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the JSON nests more than %1 levels deep here; no tokenizer does, so it is not read</source>
        <translation>das JSON ist hier mehr als %1 Ebenen tief verschachtelt; kein Tokenizer tut das, daher wird es nicht gelesen</translation>
    </message>
    <message>
        <source>not a valid JSON document (truncated?)</source>
        <translation>kein gültiges JSON-Dokument (abgeschnitten?)</translation>
    </message>
    <message>
        <source>missing: not a tokenizer.json</source>
        <translation>fehlt: keine tokenizer.json</translation>
    </message>
    <message>
        <source>only BPE models are supported, this one is %1</source>
        <translation>nur BPE-Modelle werden unterstützt, dieses ist %1</translation>
    </message>
    <message>
        <source>byte fallback BPE is not supported</source>
        <translation>BPE mit Byte-Fallback wird nicht unterstützt</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>normalizers are not supported (only byte-level BPE without one)</source>
        <translation>Normalizer werden nicht unterstützt (nur Byte-Level-BPE ohne Normalizer)</translation>
    </message>
    <message>
        <source>the id is not a valid number</source>
        <translation>die ID ist keine gültige Zahl</translation>
    </message>
    <message>
        <source>missing or not an array</source>
        <translation>fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>expected &quot;left right&quot;</source>
        <translation>erwartet: &quot;left right&quot;</translation>
    </message>
    <message>
        <source>expected &quot;left right&quot; or [left, right]</source>
        <translation>erwartet: &quot;left right&quot; oder [left, right]</translation>
    </message>
    <message>
        <source>a merged token is not in the vocabulary</source>
        <translation>ein zusammengeführtes Token steht nicht im Vokabular</translation>
    </message>
    <message>
        <source>a field has the wrong JSON type: %1</source>
        <translation>ein Feld hat den falschen JSON-Typ: %1</translation>
    </message>
    <message>
        <source>the built-in encoding %1 is not installed (packaging/fetch-data.sh fetches it at set-up time; INFEROMETER_TOKENIZERS_DIR points elsewhere)</source>
        <translation>die integrierte Kodierung %1 ist nicht installiert (packaging/fetch-data.sh lädt sie bei der Einrichtung herunter; INFEROMETER_TOKENIZERS_DIR verweist woandershin)</translation>
    </message>
    <message>
        <source>cannot open the encoding file: %1</source>
        <translation>die Kodierungsdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is not the official %1 encoding (sha256 %2, expected %3); run packaging/fetch-data.sh again</source>
        <translation>die Datei ist nicht die offizielle Kodierung %1 (sha256 %2, erwartet %3); führen Sie packaging/fetch-data.sh erneut aus</translation>
    </message>
    <message>
        <source>no such tokenizer file</source>
        <translation>keine solche Tokenizer-Datei</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: use %2, gguf:MODEL.gguf, or the path of a .tiktoken, tokenizer.json or .gguf file</source>
        <translation>unbekannte Kodierung &quot;%1&quot;: Verwenden Sie %2, gguf:MODEL.gguf oder den Pfad einer .tiktoken-, tokenizer.json- oder .gguf-Datei</translation>
    </message>
    <message>
        <source>pre-tokenizer pattern: %1 at offset %2 of &quot;%3&quot;</source>
        <translation>Pre-Tokenizer-Muster: %1 an Position %2 von &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the vocabulary has no token for byte 0x%1 (&lt;0x%2&gt;)</source>
        <translation>das Vokabular hat kein Token für das Byte 0x%1 (&lt;0x%2&gt;)</translation>
    </message>
    <message>
        <source>counting canceled</source>
        <translation>Zählung abgebrochen</translation>
    </message>
    <message>
        <source>the encoding file is empty</source>
        <translation>die Kodierungsdatei ist leer</translation>
    </message>
    <message>
        <source>expected &quot;&lt;base64 token&gt; &lt;rank&gt;&quot;, found no space</source>
        <translation>erwartet: &quot;&lt;base64 token&gt; &lt;rank&gt;&quot;, kein Leerzeichen gefunden</translation>
    </message>
    <message>
        <source>the file ends in the middle of a line (truncated?)</source>
        <translation>die Datei endet mitten in einer Zeile (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the token is not valid base64</source>
        <translation>das Token ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the rank is missing</source>
        <translation>der Rang fehlt</translation>
    </message>
    <message>
        <source>the rank is not a whole number</source>
        <translation>der Rang ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the rank is out of range</source>
        <translation>der Rang liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>rank %1 appears twice</source>
        <translation>Rang %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>the token of rank %1 appears twice</source>
        <translation>das Token mit Rang %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>the single byte 0x%1 has no rank (truncated or not a byte-level encoding)</source>
        <translation>das einzelne Byte 0x%1 hat keinen Rang (abgeschnitten oder keine Byte-Level-Kodierung)</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>expected a non-negative whole number of tokens, found %1.</source>
        <translation>erwartet: eine nicht negative ganze Anzahl von Token, gefunden: %1.</translation>
    </message>
    <message>
        <source>expected a cost in USD, found %1.</source>
        <translation>erwartet: ein Betrag in USD, gefunden: %1.</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>The picture cannot be written here.</source>
        <translation>Das Bild kann hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Exported from Inferometer</source>
        <translation>Aus Inferometer exportiert</translation>
    </message>
    <message>
        <source>The drawing cannot be written here.</source>
        <translation>Die Zeichnung kann hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Inferometer — %1</source>
        <translation>Inferometer — %1</translation>
    </message>
    <message>
        <source>The PDF cannot be written here.</source>
        <translation>Das PDF kann hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for the economics of LLM deployments.</source>
        <translation>Workbench für die Wirtschaftlichkeit von LLM-Bereitstellungen.</translation>
    </message>
    <message>
        <source>Open the demo workspace.</source>
        <translation>Den Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation>Nach dem Laden ein PNG des Fensters speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Page to show first: overview, prices, attribution, billing, … (an unknown name lists them).</source>
        <translation>Zuerst anzuzeigende Seite: overview, prices, attribution, billing, … (ein unbekannter Name listet alle auf).</translation>
    </message>
    <message>
        <source>Log what the core does (imports, timings) on stderr.</source>
        <translation>Die Aktivität des Kerns (Importe, Zeitmessungen) auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>Workspace or usage files to open.</source>
        <translation>Zu öffnende Arbeitsbereiche oder Nutzungsdateien.</translation>
    </message>
</context>
</TS>
