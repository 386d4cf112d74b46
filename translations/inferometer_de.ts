<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ab</name>
    <message>
        <location filename="../core/inference/ab/abrecord.cpp" line="61"/>
        <source>%1 vs %2: %3× decode, %4% perplexity, %5% same top token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrecord.cpp" line="130"/>
        <source>not an A/B run: %1 is missing or of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="41"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="92"/>
        <source>cannot read the evaluation text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="114"/>
        <source>needs Vulkan 1.2 with a compute queue and subgroup arithmetic and shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="118"/>
        <source>no Vulkan device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="121"/>
        <source>CPU reference (float)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="123"/>
        <source>Inferometer&apos;s reference engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="151"/>
        <source>no usable Vulkan device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="158"/>
        <source>there is no Vulkan device %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="164"/>
        <source>unknown backend &quot;%1&quot; (vulkan, vulkan:N, cpu or auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="214"/>
        <source>the model needs %1 for weights and %2 for its KV cache, more than the %3 of memory %4 has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="228"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="281"/>
        <source>Loading the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="288"/>
        <source>choose model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="315"/>
        <source>the vocabulary differs from %1&apos;s: the models cannot be compared token by token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="322"/>
        <source>the bundled text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="332"/>
        <source>%1 is %2 tokens long for this model; perplexity with a context of %3 needs at least %4: choose a smaller context or a longer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="343"/>
        <source>unknown KV cache type &quot;%1&quot; (f16 or f32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="397"/>
        <source>Timing %1: prefill and decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrun.cpp" line="404"/>
        <source>Perplexity and KL divergence over %1 chunks of %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inference/ab/abrun.cpp" line="421"/>
        <source>Generating from %n prompt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abrunrepository.cpp" line="49"/>
        <source>there is no saved A/B run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abvariants.cpp" line="41"/>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abvariants.cpp" line="59"/>
        <source>the model is already quantized (%1): choose an F32 or F16 model, or choose A and B yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abvariants.cpp" line="64"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abvariants.cpp" line="74"/>
        <source>Quantizing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/abvariants.cpp" line="102"/>
        <source>Generating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/ab/gpuprices.cpp" line="17"/>
        <source>the GPU price list is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbCostBox</name>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="26"/>
        <source>Cost per 1M generated tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="30"/>
        <source>Typed price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="33"/>
        <source>%1 – %2, $%3/h (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="37"/>
        <source>Typical on-demand prices of one GPU, dated; spot and committed prices are lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="38"/>
        <source>Machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="43"/>
        <source> per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="44"/>
        <source>What an hour of the machine that runs the model costs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="45"/>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="50"/>
        <source>Share of the paid hours the machine spends generating at the measured speed; idle hours are paid too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="52"/>
        <source>Utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="62"/>
        <source>An API model to compare with: its list price per 1M output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="63"/>
        <source>API model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="64"/>
        <location filename="../views/ab/abcostbox.cpp" line="126"/>
        <source>A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="64"/>
        <location filename="../views/ab/abcostbox.cpp" line="128"/>
        <source>B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="64"/>
        <source>API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="73"/>
        <source>$ per 1M = price per hour ÷ (decode tokens/s × utilization × 3,600) × 1,000,000, for one stream at batch size 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="126"/>
        <source>A (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="128"/>
        <source>B (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abcostbox.cpp" line="143"/>
        <source>%1 (%2 list price)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbHistory</name>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="81"/>
        <source>Every finished run is saved in the workspace. Select one to show it, or two to compare them (for instance before and after a driver update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="26"/>
        <source>Date (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="26"/>
        <location filename="../views/ab/abhistory.cpp" line="138"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="26"/>
        <location filename="../views/ab/abhistory.cpp" line="139"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="26"/>
        <location filename="../views/ab/abhistory.cpp" line="136"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="26"/>
        <location filename="../views/ab/abhistory.cpp" line="156"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="34"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="35"/>
        <source>Show the selected run on the Result tab (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="36"/>
        <source>Compare Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="37"/>
        <source>Compare the two selected runs&apos; figures side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="38"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="39"/>
        <source>Delete the selected run from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="46"/>
        <source>Older run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="46"/>
        <source>Newer run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="46"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="70"/>
        <source>Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="70"/>
        <source>Delete the selected A/B run from the workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="80"/>
        <source>No saved runs yet: every finished run is saved in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="135"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="137"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="140"/>
        <source>A decode, t/s (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="142"/>
        <source>B decode, t/s (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="144"/>
        <source>A prefill, t/s (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="146"/>
        <source>B prefill, t/s (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="148"/>
        <source>A perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="150"/>
        <source>B perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="152"/>
        <source>KL divergence, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="154"/>
        <source>Top-1 agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="170"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abhistory.cpp" line="173"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbPage</name>
    <message>
        <location filename="../views/ab/abpage.cpp" line="55"/>
        <source>Model A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="56"/>
        <source>Your GGUF model in Q8_0 against Q4_0 (or any two): speed, quality and $ per 1M tokens on your device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="70"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="73"/>
        <source>Time both models, measure their quality and generate from the prompts (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="76"/>
        <source>Stop after the step in progress (Esc); nothing is saved or left in the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="109"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="110"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="110"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="115"/>
        <source>The whole record, as inferometer-cli ab --json prints it, with the cost settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="116"/>
        <source>The result as shown, to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="123"/>
        <source>&lt;h3&gt;No run yet&lt;/h3&gt;&lt;p&gt;Choose model A and model B (or one F32/F16 model and let the page make its Q8_0 and Q4_0), pick the device and press &lt;b&gt;Run&lt;/b&gt;. On the bundled stories260K models a run takes a few seconds.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="135"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="137"/>
        <source>Saved Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="163"/>
        <source>No Vulkan device: %1. The CPU reference engine is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="308"/>
        <source>Canceled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="181"/>
        <source>Saved as run %1 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="182"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="183"/>
        <source>Finished in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="195"/>
        <source>A and B are now the 110M-shaped pair (%1): press Run to time them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="196"/>
        <source>from the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="196"/>
        <source>made just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="229"/>
        <source>Saved run of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="282"/>
        <source>Open a workspace to keep the runs: each finished run is saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="335"/>
        <source>Choose the F32 or F16 model to quantize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="339"/>
        <source>Choose model A and model B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="346"/>
        <source>Quantizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="346"/>
        <source>Loading the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="369"/>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="393"/>
        <source>A and B set from the dropped files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="393"/>
        <source>Model A set from the dropped file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="400"/>
        <source>Canceling after the step in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="411"/>
        <source>Choose model A first: the pair takes its vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="415"/>
        <source>Generating the 110M-shaped pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="426"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="426"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="426"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="428"/>
        <source>Export A/B Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abpage.cpp" line="437"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbResultView</name>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="95"/>
        <source>median tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="119"/>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="150"/>
        <source>B against A: decode speed (median tokens/s of B over A), perplexity change, and the share of text positions where both models rank the same token first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="166"/>
        <source>Time a 110M-shaped Pair Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="167"/>
        <source>Generates a stories110M-shaped model with seeded random weights and this model&apos;s vocabulary in Q8_0 and Q4_0 (about 160 MB, kept in the cache folder), and sets it as A and B: its speeds compare the weight formats, its quality figures mean nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="177"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="177"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="177"/>
        <source>B vs A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="188"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="188"/>
        <source>The GGUF file; its SHA-256 is in the tooltip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="189"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="189"/>
        <source>The type most of the blocks&apos; weights are stored in, as ggml names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="190"/>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="190"/>
        <source>Bytes on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="191"/>
        <source>Weights in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="191"/>
        <source>What the engine holds for the weights on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="192"/>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="193"/>
        <source>Keys and values of every layer for the longest sequence the run evaluates; the engines keep F32 buffers (an F16 cache stores its values rounded to half precision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="195"/>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="196"/>
        <source>llama-bench&apos;s pp test: the prompt&apos;s tokens evaluated in one batch, tokens/s, mean ± standard deviation over the timed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="198"/>
        <location filename="../views/ab/abresultview.cpp" line="202"/>
        <source>  median (min–max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="198"/>
        <location filename="../views/ab/abresultview.cpp" line="202"/>
        <source>The median run and the slowest and fastest, tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="199"/>
        <source>Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="200"/>
        <source>llama-bench&apos;s tg test: tokens generated one at a time after the prompt, tokens/s, mean ± standard deviation over the timed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="203"/>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="203"/>
        <source>From the start of the prompt to the first generated token, median, ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="204"/>
        <source>Perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="205"/>
        <source>exp(mean negative log-likelihood) of the text&apos;s tokens, as llama-perplexity computes it (chunks of the context size, the second half of each scored); ± its standard error. Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="208"/>
        <source>$ per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="208"/>
        <source>What 1M generated tokens cost on the machine below at the median decode speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="209"/>
        <source>KL divergence, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="210"/>
        <source>How far B&apos;s next-token distribution is from A&apos;s, averaged over the scored positions: Σ P_A · (log P_A − log P_B), in nats; 0 is identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="212"/>
        <source>KL divergence, p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="212"/>
        <source>99th percentile of the per-position KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="213"/>
        <source>KL divergence, max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="213"/>
        <source>The largest per-position KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="214"/>
        <source>Top-1 agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="214"/>
        <source>Share of the scored positions where A and B rank the same token first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="235"/>
        <source>Prefill tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="236"/>
        <source>Decode tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="237"/>
        <source>KL divergence per position (B from A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="238"/>
        <source>Bars: the median run; whiskers: the slowest and fastest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="240"/>
        <source>How many scored positions have a KL divergence in each range (nats, half-decade bins): mass on the right means B often disagrees with A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="250"/>
        <source>What each model generates from each prompt; the highlighted text is where B first differs from A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="265"/>
        <source>%1 · %2 (%3) · driver %4 · %5&lt;br&gt;context %6 over %7 (%8 tokens, %9 chunks), pp%10 and tg%11, timed runs after a warm-up: %12, seed %13, KV cache %14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="269"/>
        <source>the bundled text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="280"/>
        <source>%1 is a CPU emulation of Vulkan: the quality figures are exact, the speeds say nothing about a GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="286"/>
        <source>Too small to time: with %1 parameters a token&apos;s work is smaller than the device&apos;s fixed cost per dispatch, so these speeds compare the dispatch overhead, not %2 against %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="337"/>
        <location filename="../views/ab/abresultview.cpp" line="338"/>
        <location filename="../views/ab/abresultview.cpp" line="339"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="344"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="348"/>
        <source>Prefill pp%1, t/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="349"/>
        <source>Decode tg%1, t/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="359"/>
        <source>B&apos;s cost per token relative to A&apos;s: the inverse of the decode speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="364"/>
        <source>%1 scored positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="373"/>
        <source>Prefill pp%1, tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="374"/>
        <source>Decode tg%1, tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="378"/>
        <location filename="../views/ab/abresultview.cpp" line="399"/>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="394"/>
        <source>KLD from (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="410"/>
        <source>&lt;p&gt;No prompts: add some to see what both models write.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="425"/>
        <source>(the same text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="426"/>
        <source>(first difference at character %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="437"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="444"/>
        <source>cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/abresultview.cpp" line="458"/>
        <location filename="../views/ab/abresultview.cpp" line="465"/>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbSetupForm</name>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="42"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="44"/>
        <source>Two models: A (the baseline) and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="45"/>
        <source>One F32/F16 model: its Q8_0 (A) against its Q4_0 (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="46"/>
        <source>The page quantizes the model as llama-quantize does, into a cache folder, and reuses the files next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="56"/>
        <source>Model A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="57"/>
        <source>Model B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="58"/>
        <source>A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="59"/>
        <source>B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="64"/>
        <source>F32 or F16 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="65"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="69"/>
        <source>Device and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="72"/>
        <source>Where both models run: a Vulkan device, or the CPU reference engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="73"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="79"/>
        <source>Bundled English text (short children&apos;s stories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="80"/>
        <source>Choose a UTF-8 text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="81"/>
        <source>The text perplexity and KL divergence are measured over, and the timed prompt is taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="82"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="84"/>
        <source>One prompt per line: both models continue each, shown side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="85"/>
        <source>One prompt per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="88"/>
        <source>Prompts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="91"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="94"/>
        <source>Tokens per perplexity chunk, as llama-perplexity&apos;s -c: the text is cut into chunks of this many tokens and the second half of each is scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="97"/>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="99"/>
        <source>Prompt tokens evaluated in one batch: llama-bench&apos;s pp test (prompt processing) and the time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="102"/>
        <source>Prefill (pp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="104"/>
        <source>Tokens generated one at a time after the prompt: llama-bench&apos;s tg test (generation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="105"/>
        <source>Decode (tg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="106"/>
        <source>Timed runs of each model after one warm-up run, as llama-bench&apos;s -r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="107"/>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="108"/>
        <source>Tokens each model generates from each prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="109"/>
        <source>Generated tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="111"/>
        <source>The seed of the run; generation is greedy (the most likely token), so the same files and settings give the same texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="114"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="116"/>
        <source>F16 (as llama.cpp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="117"/>
        <source>F32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="118"/>
        <source>What the KV cache holds: keys and values rounded to half precision, llama.cpp&apos;s default, or full float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="120"/>
        <source>KV cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="217"/>
        <source>Evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="217"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="231"/>
        <source>%1 · CPU emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="232"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="308"/>
        <source>%1 cannot run the engine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="311"/>
        <source>%1 is a CPU emulation of Vulkan (Mesa&apos;s lavapipe): quality figures are exact, but its speed says nothing about a GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/absetupform.cpp" line="316"/>
        <source>The CPU reference engine computes in float for exactness, not speed: use it to check quality.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <location filename="../core/anomalies/agentloops.cpp" line="106"/>
        <source>calls per %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/agentloops.cpp" line="287"/>
        <source>call chain depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="48"/>
        <location filename="../core/anomalies/anomalies.cpp" line="55"/>
        <source>finding anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="61"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="103"/>
        <source>Spend spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="105"/>
        <source>Shadow spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="107"/>
        <source>Agent loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="109"/>
        <source>Retry storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="111"/>
        <source>Context bloat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="113"/>
        <source>Unpriced model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="318"/>
        <source>Daily list spend of each %1 is compared with the median of the same weekday over the previous %2 weeks (weekends are compared with weekends). A day is a spike when its spend exceeds that median by more than the largest of %3 × 1.4826 × MAD (median absolute deviation of those weekdays), %4% of the median and $%5. The series must have spent on at least %6 of those weekdays. Excess = spend − median, summed over consecutive spike days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="331"/>
        <source>Spend on an API key (or, for calls without a key, a model) whose calls carry no cost center and no owner, after attribution rules: nobody claims it. A key is reported once its spend reaches $%1. Excess = all of that spend; severity by that amount alone (there is no baseline). A key first seen more than %2 days after the workspace&apos;s first day is new, which raises its severity one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="339"/>
        <source>Calls of each task (or agent, without task ids) per %1-minute window. Norm: the median peak window of the project&apos;s other tasks (none: only the floor applies; for an agent, the median of its own windows). Runaway: at least %2 calls and %3 × the norm in a window; adjacent runaway windows form one loop. A parent_call_id chain of %4 or more calls is a loop at any pace. Excess = cost × (1 − norm × windows / calls); for a slow loop, the norm is the median calls per task of the project&apos;s other tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="352"/>
        <source>Error calls per %1-minute window of each API key and model against that pair&apos;s mean errors per window over the whole workspace. A burst: at least %2 errors and %3 × the mean. Excess = the cost of the burst&apos;s error calls beyond the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="360"/>
        <source>Input tokens per call of each workflow (project) per day, against the median of its previous %1 days with at least %2 calls (bloated days excluded; at least %3 such days needed). Bloat: %4× the baseline or more on %5 or more consecutive days. Excess = cost − calls × the baseline days&apos; median cost per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="371"/>
        <source>Calls to a model with no list price in the catalog or the workspace&apos;s prices. Their cost is unknown (never counted as $0), so the excess is unknown. Severity: medium, high above %1% of all calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/anomalies.cpp" line="378"/>
        <source>

Severity: critical from $%1 excess (or %2× with $%3); high from $%3 (or %4× with $%5); medium from $%5 or %6×; low below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/contextbloat.cpp" line="67"/>
        <source>input tokens per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/retrystorms.cpp" line="78"/>
        <source>errors per %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/shadowspend.cpp" line="46"/>
        <source>unowned list spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/spendspikes.cpp" line="80"/>
        <source>list spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/anomalies/unpriced.cpp" line="45"/>
        <source>unpriced calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomaliesPage</name>
    <message>
        <location filename="../views/anomaliespage.cpp" line="81"/>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="91"/>
        <source>Could not look for anomalies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="100"/>
        <source>Looking for anomalies in the calls of the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="112"/>
        <source>List spend per day (USD); anomalies shaded by kind (spans shorter than a day widened to their day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="119"/>
        <source>Daily list spend of the whole workspace. Shaded: when each anomaly happened; shadow spend and unpriced models last for weeks and are only listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="136"/>
        <source>Select an anomaly to see how it was found and the calls behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="137"/>
        <location filename="../views/anomaliespage.cpp" line="244"/>
        <location filename="../views/anomaliespage.cpp" line="371"/>
        <source>&lt;b&gt;Evidence calls&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="149"/>
        <source>&lt;b&gt;How it was found&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="174"/>
        <source>Could not read the evidence calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="247"/>
        <source>Excess: list cost above each detector&apos;s baseline. The header counts spend that shows in several anomalies once: of the spend spikes of one day (per cost center, model and key) only the largest counts, and a spike during a loop, retry storm or context bloat is that anomaly&apos;s spend. Each row&apos;s own excess is in the table; their sum is shown beside the header&apos;s when the two differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="269"/>
        <source>No anomalies found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/anomaliespage.cpp" line="270"/>
        <source>%n anomaly(s) · %1 critical, %2 high · estimated excess %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="275"/>
        <source> (the rows add up to %1: overlapping anomalies are counted once here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/anomaliespage.cpp" line="278"/>
        <source> · %n without an estimate (unpriced)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="288"/>
        <source>Spend per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="354"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="355"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 – %4 (UTC)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="359"/>
        <source>&lt;p&gt;Excess cost: &lt;b&gt;%1&lt;/b&gt; · severity %2 · %3 calls&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="360"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/anomaliespage.cpp" line="368"/>
        <source>&lt;b&gt;Evidence calls&lt;/b&gt; (the first %1 events of %2 calls)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyModel</name>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="40"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="42"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="44"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="48"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="83"/>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="83"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="90"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="91"/>
        <source>%1: %2 against %3 (%4×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="112"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="143"/>
        <source>The model has no price: its cost, and so the excess, is unknown (never counted as $0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="158"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="160"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="162"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="164"/>
        <source>End (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="166"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="168"/>
        <source>Excess cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="170"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="172"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="177"/>
        <source>Which detector found it: spend spike, shadow spend, agent loop, retry storm, context bloat or unpriced model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="180"/>
        <source>The cost center, model, API key, project, task or agent the anomaly is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="182"/>
        <source>First day, or first call, of the anomaly (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="184"/>
        <source>End of the last day, or just after the last call (UTC, exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="186"/>
        <source>From the excess cost and the ratio to the baseline; the rule is in the method text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="188"/>
        <source>Estimated list cost above what the baseline expects (for shadow spend: all unowned spend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="190"/>
        <source>Calls behind the anomaly (the evidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="192"/>
        <source>What the detector measured against its baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <location filename="../core/attribution/rules.cpp" line="75"/>
        <source>Rule %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/attribution/rules.cpp" line="77"/>
        <source>choose the field to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/attribution/rules.cpp" line="79"/>
        <source>type a pattern, e.g. key_eng_* or *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/attribution/rules.cpp" line="81"/>
        <source>name the cost center it attributes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/attribution/rules.cpp" line="83"/>
        <source>the pattern is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributionPage</name>
    <message>
        <location filename="../views/attributionpage.cpp" line="44"/>
        <source>Pick a field or type a source attribute: tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.&lt;attribute&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="66"/>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="67"/>
        <source>Give every call a cost center, team and owner. Rules apply, in order, to calls whose source names no cost center: the first rule whose field matches its pattern wins. Calls that no rule claims stay &lt;b&gt;unattributed&lt;/b&gt; — shadow spend until someone owns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="83"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="83"/>
        <source>Add a rule after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="84"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="84"/>
        <source>Remove the selected rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="92"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="92"/>
        <source>Earlier rules win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="97"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="97"/>
        <source>Later rules lose to earlier ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="103"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="103"/>
        <source>Save the rules; new imports use them (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="105"/>
        <source>Apply to &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="105"/>
        <source>Save, then re-attribute every call already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="125"/>
        <source>Attribute selected &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="126"/>
        <source>Add a rule that gives the selected API key a cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="162"/>
        <source>&lt;b&gt;Unattributed: %1&lt;/b&gt; in %2 calls, by API key (double-click a key to attribute it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="165"/>
        <source>&lt;b&gt;Every call is attributed.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="176"/>
        <source>Canceled; the workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/attributionpage.cpp" line="173"/>
        <source>Re-attributed %n call(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/attributionpage.cpp" line="234"/>
        <source>Saved %n rule(s). New imports use them; apply them to the workspace to re-attribute what is already imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="245"/>
        <source>Unsaved rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="245"/>
        <source>Save the changed attribution rules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="260"/>
        <source>Re-attributing calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="277"/>
        <source>Select an API key in the unattributed list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="282"/>
        <source>These calls carry no API key: attribute them by project or a source attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="286"/>
        <source>Attribute API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="287"/>
        <source>Cost center for calls with API key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/attributionpage.cpp" line="292"/>
        <source>Rule added. Save, then apply it to the workspace to attribute the calls already imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakEvenTab</name>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="43"/>
        <source>Owned hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="44"/>
        <source>Rented GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="45"/>
        <source>The server is bought and depreciated straight-line over its years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="46"/>
        <source>The GPU is rented by the hour (cloud on-demand or reserved); no depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="55"/>
        <source>Purchase price of the server with its GPUs (default: one data-center GPU server, about $35,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="56"/>
        <source>Hardware price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="57"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="58"/>
        <source>Straight-line depreciation period; 3 years is the usual book life of GPU servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="59"/>
        <source>Depreciation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="60"/>
        <location filename="../views/planner/breakeventab.cpp" line="236"/>
        <source> an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="61"/>
        <source>The GPU&apos;s hourly price, paid whether it is busy or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="62"/>
        <source>GPU rent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="63"/>
        <source> W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="64"/>
        <source>Average power draw of the server, cooling included (PUE); drawn all hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="65"/>
        <source>Power draw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="66"/>
        <location filename="../views/planner/breakeventab.cpp" line="241"/>
        <source> per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="66"/>
        <source>Electricity tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="67"/>
        <source>Electricity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="68"/>
        <location filename="../views/planner/breakeventab.cpp" line="71"/>
        <location filename="../views/planner/breakeventab.cpp" line="104"/>
        <location filename="../views/planner/breakeventab.cpp" line="242"/>
        <location filename="../views/planner/breakeventab.cpp" line="243"/>
        <source> a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="69"/>
        <source>Rack space, network, storage and monitoring for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="70"/>
        <source>Hosting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="72"/>
        <source>The share of MLOps salaries this server takes (patching, upgrades, on-call). Leaving it out makes self-hosting look cheaper than it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="74"/>
        <source>MLOps share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="75"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="76"/>
        <source>Share of paid hours the server spends generating. Every cost is per hour, so $ per 1M tokens is inversely proportional to it: 30% costs three times what 90% does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="78"/>
        <source>Utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="79"/>
        <source> tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="80"/>
        <source>Tokens the server processes per second at full load, prompt and generated, all concurrent requests together (the API side counts both). A saved A/B run gives its single-stream decode speed, a lower bound for batched serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="83"/>
        <source>Throughput:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="85"/>
        <source>Take the throughput from a saved A/B run (its model B&apos;s median decode speed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="86"/>
        <source>From A/B run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="88"/>
        <source>This workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="89"/>
        <source>Typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="90"/>
        <source>Type the monthly tokens and what the API charges for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="91"/>
        <source>The API side is the workspace&apos;s tokens and list cost over the period chosen, per average month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="99"/>
        <source>API volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="100"/>
        <source> tokens a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="101"/>
        <source>Input and output tokens a month that the server would take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="102"/>
        <source>Monthly tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="104"/>
        <source>What the API charges for those tokens a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="105"/>
        <source>API spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="112"/>
        <source>$ per 1M tokens against utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="113"/>
        <source>Sensitivity: $ per 1M with each input 20% lower and higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="153"/>
        <source>Self-hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="162"/>
        <source>(typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="236"/>
        <source>GPU rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="238"/>
        <source>Hardware price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="239"/>
        <source>Depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="239"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="240"/>
        <source>Power draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="240"/>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="241"/>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="242"/>
        <source>Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="243"/>
        <source>MLOps share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="244"/>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="245"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="245"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="246"/>
        <source>API tokens a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="247"/>
        <source>API spend a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="256"/>
        <source>Server cost a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="257"/>
        <source>Self-hosted $ per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="258"/>
        <source>API $ per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="258"/>
        <source>Servers needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="259"/>
        <source>Self-hosted a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="260"/>
        <source>API a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="261"/>
        <source>Saved a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="262"/>
        <source>Break-even volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="263"/>
        <source>%1 tokens a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="265"/>
        <source>Break-even utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="266"/>
        <source>above 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="310"/>
        <source>&lt;p&gt;The server costs &lt;b&gt;%1 a month&lt;/b&gt;: &lt;b&gt;%2 per 1M tokens&lt;/b&gt; at %3 utilization, against the API&apos;s &lt;b&gt;%4 per 1M&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/planner/breakeventab.cpp" line="314"/>
        <source>&lt;p&gt;%1 tokens a month need %n server(s) at that utilization, busy %2 of the time with this volume: %3 a month against the API&apos;s %4.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="319"/>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;Self-hosting %1 &lt;b&gt;%2&lt;/b&gt; a month.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="320"/>
        <source>saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="320"/>
        <source>costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="322"/>
        <source>&lt;p&gt;One server breaks even at &lt;b&gt;%1 tokens a month&lt;/b&gt;; to match the API&apos;s price per token it must be busy %2 of the time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="325"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="326"/>
        <source>more than 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="333"/>
        <source>self-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="341"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="349"/>
        <source>stated utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="359"/>
        <source>utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="375"/>
        <source>input 20% lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="376"/>
        <source>input 20% higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/breakeventab.cpp" line="398"/>
        <source>change in $ per 1M from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="33"/>
        <source>List cost: tokens in each of the six buckets × the price valid at the time of the call. Calls to models without a known price are not counted (they are listed as unpriced, never as $0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="36"/>
        <source>Share of the list cost of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="38"/>
        <source>LLM calls (a provider&apos;s aggregated bucket counts its requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="70"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="72"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="74"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="76"/>
        <source>Cost / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="78"/>
        <source>CPSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="80"/>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="82"/>
        <source>Token eff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="84"/>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="106"/>
        <source>Calls whose source names no model (an export not grouped by model): they cannot be priced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="108"/>
        <source>Calls that no cost center, team or owner claims: attribute their API keys to stop shadow spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="111"/>
        <source>Reported by the provider&apos;s cost export: there are no calls to price in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/models/breakdownmodel.cpp" line="113"/>
        <source>%n call(s) to unpriced models not included: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/models/breakdownmodel.cpp" line="122"/>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="116"/>
        <source>— (double-click to set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="125"/>
        <source>%1 (month complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="126"/>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="134"/>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="136"/>
        <location filename="../views/models/budgettablemodel.cpp" line="183"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="142"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="144"/>
        <source>reached 100 % %1; no later calls to block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="145"/>
        <source>would have stopped %1, blocking %2 of %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="156"/>
        <source>Monthly budget of %1 in USD of list cost. Double-click to change; 0 removes it. Setting a budget adds alert rules at 80 %, 90 % and 100 % and on a forecast breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="160"/>
        <source>List cost of the month&apos;s calls from its first day through the as-of day (UTC); calls without a known price are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="165"/>
        <source>Month-end forecast of %1 days after %2 elapsed: month-to-date plus each remaining day at the mean of its kind so far (working days or weekend days, UTC) = %3.
Interval (10th–90th percentile): ± 1.28 × standard deviation of the daily spend around its kind&apos;s mean (%4/day) × √%5 remaining days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="176"/>
        <source>Alert rules that fired this month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="179"/>
        <source>forecast above %1 of the budget on %2 (judged from day 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="181"/>
        <source>%1 of the budget spent at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="187"/>
        <source>Circuit breaker: replaying the month&apos;s calls in time order, the call that took spend to 100 % of the budget still runs; a hard stop would have blocked every later call (their list cost and count shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="191"/>
        <source>Month-to-date as a share of the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="259"/>
        <source>Cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="259"/>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="259"/>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="259"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="260"/>
        <source>Month-end forecast (10–90 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="260"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="260"/>
        <source>Circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="265"/>
        <source>Bar: month-to-date (dark) and forecast (light) with whiskers at the 10th and 90th percentile; the red mark is the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="268"/>
        <source>Budget alert rules that fired this month: 80 %, 90 %, 100 % of the budget spent, and the forecast above the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/budgettablemodel.cpp" line="271"/>
        <source>What a hard stop at 100 % of the budget would have blocked this month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../core/budgets/budgetstatus.cpp" line="168"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="77"/>
        <source>Cannot write the alert rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <location filename="../views/budgetspage.cpp" line="91"/>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="95"/>
        <source>The calendar month (UTC) that holds the as-of day, from its first day through the as-of day. Spend is list cost from the price catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="98"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="110"/>
        <source>Export alert rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="111"/>
        <source>Write the budgets and anomaly thresholds as Prometheus alerting rules (YAML) for LiteLLM&apos;s litellm_spend_metric_total by team_alias; check them with promtool check rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="153"/>
        <source>Change budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="158"/>
        <source>Export alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="160"/>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="201"/>
        <source>No calls in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="207"/>
        <source>%1, day %2 of %3 (as of %4, UTC). Spend is list cost; double-click a budget to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="216"/>
        <source>No budgets yet: double-click a cost center&apos;s monthly budget to set one. Alerts at 80 %, 90 % and 100 % and on a forecast breach come with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/budgetspage.cpp" line="173"/>
        <source>Wrote %n alert rule(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="103"/>
        <source>The last day counted (UTC): pick it or type it. It shows the workspace&apos;s last event day until you choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="106"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="107"/>
        <source>Count up to the workspace&apos;s last event day again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="301"/>
        <source>%1 has no budget: set one to see its forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="306"/>
        <source>%1: cumulative spend, budget and month-end forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="309"/>
        <source>Spend (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="317"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="322"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="335"/>
        <source>10–90 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="347"/>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/budgetspage.cpp" line="350"/>
        <source>USD (list cost)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheTab</name>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="90"/>
        <source>The model and its provider&apos;s cache rules from the price catalog (Prices page): minimum cacheable tokens, OpenAI&apos;s 128-token steps, Anthropic&apos;s write premiums (1.25× for 5 minutes, 2× for an hour) and reads at 0.1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="93"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="94"/>
        <location filename="../views/planner/cachetab.cpp" line="98"/>
        <location filename="../views/planner/cachetab.cpp" line="101"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="95"/>
        <source>The request&apos;s static prefix: system prompt, tool definitions, examples, the same on every call. Only this part can be cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="97"/>
        <source>Static prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="99"/>
        <source>The part of the input that changes per request (the user&apos;s message, retrieved documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="100"/>
        <source>Variable input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="102"/>
        <source>Tokens generated per request; the same with or without a cache, included in both daily costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="103"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="104"/>
        <source> a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="105"/>
        <source>Requests a day. With replayed arrivals this is the workflow&apos;s own average over the days read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="106"/>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="108"/>
        <source>Uniform over 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="109"/>
        <source>Business hours (9:00–17:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="110"/>
        <source>Bursts of 10, a second apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="111"/>
        <source>Replayed from a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="112"/>
        <source>When requests arrive decides how many find the cache warm: the hit rate is simulated request by request against the TTL, never assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="114"/>
        <source>Arrivals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="117"/>
        <source>A workflow (project, else cost center) or a whole cost center of the workspace: the times of its calls over the period chosen are replayed against the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="119"/>
        <source>Replay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="121"/>
        <source>Provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="122"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="123"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="124"/>
        <source>How long an entry lives. Anthropic: 5 minutes (writes 1.25×) or 1 hour (writes 2×), refreshed on each hit. Gemini explicit: 1 hour by default, not refreshed. OpenAI&apos;s automatic cache cannot be set: idle entries go after 5 minutes, all within the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="127"/>
        <source>TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="128"/>
        <source>Gemini explicit cache (storage billed per hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="129"/>
        <source>Gemini&apos;s explicit cache: created at the input price, reads 90% off, and storage per 1M tokens per hour it lives ($4.50 for 2.5 Pro, $1.00 for Flash). Unticked: Gemini&apos;s implicit cache, without storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="134"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="135"/>
        <source>Use a negotiated input price instead of the catalog&apos;s list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="136"/>
        <location filename="../views/planner/cachetab.cpp" line="387"/>
        <source> per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="137"/>
        <source>A negotiated input price; the cache read and write prices follow by the provider&apos;s multipliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="140"/>
        <source>Input price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="148"/>
        <source>$ a month saved against requests a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="149"/>
        <source>$ a month saved against the static prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="156"/>
        <source>&lt;b&gt;The workspace&apos;s workflows&lt;/b&gt;: realized savings from the cache reads billed, and potential savings with the prefix cached, simulated on each workflow&apos;s own arrival times (double-click a row to load it above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="163"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="163"/>
        <location filename="../views/planner/cachetab.cpp" line="376"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="163"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="163"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="163"/>
        <source>Realized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="164"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="164"/>
        <source>Unrealized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="164"/>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="164"/>
        <source>Median gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="164"/>
        <source>Gaps &lt; 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="164"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="165"/>
        <source>The project, else the cost center, of the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="166"/>
        <source>The model called; caches are per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="166"/>
        <source>Calls in the period chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="167"/>
        <source>The prefix assumed cacheable: the median the cache held where the calls were cached, else the smallest prompt of the workflow (≤: no prefix every call shares can be longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="169"/>
        <source>$ a month saved by the cache reads actually billed, less the write premiums paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="170"/>
        <source>$ a month the prefix would save, cached under the provider&apos;s rules, on the calls&apos; own arrival times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="171"/>
        <source>Potential less realized: what is left on the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="172"/>
        <source>Share of the replayed calls that find the prefix cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="173"/>
        <source>Median time between consecutive calls of the workflow and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="174"/>
        <source>Share of consecutive calls less than 5 minutes apart (a 5-minute TTL keeps these warm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="175"/>
        <source>Why a potential is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="211"/>
        <source>Caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="242"/>
        <source>Cost center: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="311"/>
        <source>Choose a model from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="313"/>
        <source>The static prefix cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="315"/>
        <source>The variable input cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="317"/>
        <source>Output tokens cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="319"/>
        <source>The input price must be more than $0 and at most $1,000 per 1M tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/planner/cachetab.cpp" line="338"/>
        <source>“%1” has %n call(s) in the days read: too few to replay (at least %2); choose an arrival pattern instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="344"/>
        <source>Requests a day must be between 1 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="354"/>
        <source>%1 has no prompt cache the planner models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="377"/>
        <source>Static prefix (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="378"/>
        <source>Variable input (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="379"/>
        <source>Output (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="380"/>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="382"/>
        <source>replayed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="384"/>
        <location filename="../views/planner/cachetab.cpp" line="396"/>
        <source>Requests a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="385"/>
        <source>as replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="386"/>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="386"/>
        <source>Gemini explicit cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="386"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="386"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="387"/>
        <source>Input price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="387"/>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="395"/>
        <source>Cached tokens a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="397"/>
        <source>Hit rate (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="398"/>
        <source>Cache writes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="399"/>
        <source>Without caching, a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="400"/>
        <source>With caching, a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="401"/>
        <source>Storage, a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="401"/>
        <source>Saved a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="402"/>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="403"/>
        <source>n/a (replayed arrivals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="404"/>
        <source>%1 requests a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="405"/>
        <source>never (up to 1,000,000 a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="452"/>
        <source>&lt;p&gt;%1 of %2 prefix tokens cached a request. &lt;b&gt;Hit rate %3&lt;/b&gt; (%4 hits, %5 writes in %6 requests simulated).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="456"/>
        <source>&lt;p&gt;Without caching &lt;b&gt;%1&lt;/b&gt; a day; with caching &lt;b&gt;%2&lt;/b&gt; a day (writes included%3).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="458"/>
        <source>, storage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="459"/>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;%1 &lt;b&gt;%2&lt;/b&gt; a month.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="460"/>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="460"/>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="462"/>
        <source>&lt;p&gt;Caching pays from &lt;b&gt;%1 requests a day&lt;/b&gt; arriving this way.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="464"/>
        <source>&lt;p&gt;Caching never pays at up to 1,000,000 requests a day arriving this way.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="466"/>
        <source>Without: every request pays its whole input at the input price. With: the cached tokens at the read price on hits, at the write price on writes, the rest at the input price; output the same in both. $ a month = $ a day × 30.4375.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="488"/>
        <source>requests a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="516"/>
        <source>static prefix, tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="517"/>
        <source>$ a month saved against the static prefix, at %1 requests a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="550"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/cachetab.cpp" line="551"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallRowsModel</name>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="45"/>
        <source>Uncached input tokens, at the input price. Input, Cached, Write 5m, Write 1h and Output do not overlap: each is priced on its own, and together they make the call&apos;s cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="48"/>
        <source>Input tokens read from the provider&apos;s prompt cache, at the cache-read price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="50"/>
        <source>Input tokens written to the prompt cache for 5 minutes, at the 5-minute write price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="52"/>
        <source>Input tokens written to the prompt cache for 1 hour, at the 1-hour write price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="54"/>
        <source>Output tokens, reasoning included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="56"/>
        <source>List cost of the call (unpriced: the model has no known price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="58"/>
        <source>Task id and attempt (1 = first try)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="60"/>
        <source>The call&apos;s own outcome; the task&apos;s final outcome in brackets when it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="67"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="67"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="67"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="68"/>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="68"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="68"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="68"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="68"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="68"/>
        <source>Write 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="68"/>
        <source>Write 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="69"/>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="104"/>
        <source>%1 · %2
Cost center %3 · team %4 · owner %5
API key %6 · project %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="126"/>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="128"/>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="131"/>
        <source>%1 (task: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/callrowsmodel.cpp" line="134"/>
        <source>%1 (%2 calls)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="96"/>
        <source>Timed runs after one warm-up (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="108"/>
        <source>USD per hour of the machine: adds $ per 1M output tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="110"/>
        <source>Percent of paid hours spent generating, for $ per 1M output tokens (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="113"/>
        <source>vulkan, vulkan:N (a device index), cpu, or auto (default: Vulkan, the CPU reference without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="117"/>
        <source>The baseline GGUF model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="118"/>
        <source>The model compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="155"/>
        <source>--gpu-price-per-hour takes a number &gt;= 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="45"/>
        <source>note: %1 is a CPU emulation of Vulkan: its speed says nothing about a GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="49"/>
        <source>note: the models are too small to time: per-token work is below the device&apos;s dispatch overhead (try synth-model --preset 110m for a speed comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="55"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="56"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="57"/>
        <source>file size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="58"/>
        <source>weights memory (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="60"/>
        <source>KV cache (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="61"/>
        <source>pp%1 t/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="62"/>
        <source>tg%1 t/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="75"/>
        <source>B vs A: KLD mean %1, p99 %2, max %3, top-1 agreement %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="80"/>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="81"/>
        <source>  the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="82"/>
        <source>  first difference at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="93"/>
        <source>UTF-8 text for perplexity, KL divergence and the timed prompt (default: the bundled text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="95"/>
        <source>Tokens per perplexity chunk (default 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="97"/>
        <source>Prompt length for prefill (pp) and TTFT (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="99"/>
        <source>Tokens generated per timed run (tg, default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="101"/>
        <source>A prompt both models continue, side by side (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="103"/>
        <source>Tokens generated per prompt (default 48).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="105"/>
        <source>Sampling seed for the prompts (default 1; greedy ignores it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="122"/>
        <source>ab needs A and B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="135"/>
        <source>--ctx (&gt;= 4), --runs (&gt;= 1), --prompt-tokens (&gt;= 1), --decode-tokens (&gt;= 2), --generate-tokens (&gt;= 1) and --seed (&gt;= 0) take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="147"/>
        <location filename="../app/cli/generatecommand.cpp" line="77"/>
        <location filename="../app/cli/perplexitycommand.cpp" line="44"/>
        <source>--kv-type takes f16 or f32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="159"/>
        <source>--utilization takes a percentage above 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="163"/>
        <source>--utilization needs --gpu-price-per-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="63"/>
        <source>time to first token (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="36"/>
        <source>%1 on %2 (%3), KV cache %4, %5 timed runs after a warm-up; perplexity over %6 chunks of %7 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="65"/>
        <source>perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/abcommand.cpp" line="72"/>
        <source>$ per 1M output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="15"/>
        <location filename="../app/cli/budgetscommand.cpp" line="88"/>
        <location filename="../app/cli/chargebackcommand.cpp" line="23"/>
        <location filename="../app/cli/clicommands.cpp" line="305"/>
        <location filename="../app/cli/exportcommand.cpp" line="19"/>
        <location filename="../app/cli/maturitycommand.cpp" line="35"/>
        <source>Workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="17"/>
        <source>Report anomalies from this time, inclusive (default: the first call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="19"/>
        <source>Report anomalies until this time; a date includes that day (default: the last call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="25"/>
        <source>anomalies needs --workspace W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="33"/>
        <location filename="../app/cli/clicommands.cpp" line="325"/>
        <location filename="../app/cli/exportcommand.cpp" line="46"/>
        <source>--%1: &quot;%2&quot; is not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="49"/>
        <source>No anomalies found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="52"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="52"/>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="53"/>
        <source>start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="53"/>
        <source>end (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="54"/>
        <source>excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="54"/>
        <location filename="../app/cli/clicommands.cpp" line="367"/>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="54"/>
        <source>where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="60"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="63"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anomaliescommand.cpp" line="67"/>
        <source>%1 anomalies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="34"/>
        <source>forecast &gt; %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="35"/>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="41"/>
        <source>No budgets. Set one with --set COST_CENTER=USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="45"/>
        <source>Budgets as of %1 (UTC): month %2, day %3 of %4. Spend is list cost; calls without a price are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="53"/>
        <location filename="../app/cli/clicommands.cpp" line="371"/>
        <source>(unattributed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="54"/>
        <source>budget %1, spent %2 (%3) in %4 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="58"/>
        <source>, %1 unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="61"/>
        <source>forecast  %1 (10-90%: %2 - %3), %4 of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="69"/>
        <source>alerts    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="69"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="73"/>
        <source>breaker   would have stopped on %1 %2, blocking %3 of %4 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="79"/>
        <source>breaker   not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="89"/>
        <source>Set a monthly budget in USD (0 removes it); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="91"/>
        <source>Last day counted (default: the last event&apos;s day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="93"/>
        <source>Write Prometheus alerting rules (YAML) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="96"/>
        <source>Spend counter (USD) the rules query (default litellm_spend_metric_total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="97"/>
        <source>Label that holds the cost center (default team_alias).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="103"/>
        <source>budgets needs --workspace W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="110"/>
        <source>--set: &quot;%1&quot; is not COST_CENTER=USD (a non-negative amount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="117"/>
        <source>--as-of: &quot;%1&quot; is not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="143"/>
        <source>--set: no cost center &quot;%1&quot; in this workspace, which has no cost centers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="145"/>
        <source>--set: no cost center &quot;%1&quot; in this workspace; its cost centers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="173"/>
        <source>Cannot write the alert rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/budgetscommand.cpp" line="174"/>
        <source>Wrote %1 alert rules to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="170"/>
        <source>Workspace file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="171"/>
        <source>Random seed (default 20260803).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="172"/>
        <source>Days of history (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="177"/>
        <source>demo needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="185"/>
        <source>--seed and --days take positive whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="195"/>
        <source>Created %1 with %2 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="208"/>
        <source>Workspace file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="214"/>
        <source>Read CSV or JSON Lines through a column mapping, repeated per field: time=ts (instead of --format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="218"/>
        <source>Usage files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="222"/>
        <source>import needs --workspace W and at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="225"/>
        <source>Unknown --format &quot;%1&quot;; known formats: auto, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="263"/>
        <source>%1: %2 of %3 rows rejected; nothing was imported from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="269"/>
        <source>%1 (%2): %3 imported, %4 duplicates, 0 rejected%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="273"/>
        <source>; %1 unpriced (model not in the price catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="39"/>
        <source>generate the demo workspace (90 days by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="41"/>
        <source>import usage files (all or nothing per file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="45"/>
        <source>KPIs over a time range, optionally grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="49"/>
        <source>show, import or apply prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="51"/>
        <source>spend spikes, shadow spend, agent loops, retry storms, context bloat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="53"/>
        <source>maturity level 1-5 with measured criteria and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="57"/>
        <source>monthly budgets: month-to-date, forecast, alerts, circuit breaker; export budgets and anomaly thresholds as Prometheus alerting rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="64"/>
        <source>rewrite a prompt shorter: rules applied, tokens before and after, $ per month saved at a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="68"/>
        <source>quantize an f32/f16 GGUF model as llama-quantize does (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="72"/>
        <source>perplexity as llama-perplexity (chunks of N, second half scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="76"/>
        <source>generate text (temperature 0.8, top-k 40, top-p 0.95 by default; temperature 0 is greedy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="83"/>
        <source>speed (prefill, decode, TTFT) and quality (perplexity, KL divergence, top-1 agreement) of B against A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="89"/>
        <source>llama-shaped model with seeded random weights, for speed tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="94"/>
        <source>context-cache savings: the cache simulated against the arrivals, writes included, and the break-even request rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="102"/>
        <source>routing and cascade what-ifs per task class: $ a month, CPSO with and without the corrections a human makes, against the article&apos;s expected savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="110"/>
        <source>API against self-hosted: a server&apos;s $ per 1M tokens at a utilization, the break-even volume and utilization, the cost curve and each input&apos;s swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="114"/>
        <source>FOCUS 1.2 CSV: every call&apos;s cost by charge period, provider, model, token kind, price tier and owner; calls that have no price are counted, not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="119"/>
        <source>monthly statements per cost center: direct spend by model and team, self-hosted spend, a share of unowned spend; CSV and one PDF per cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="123"/>
        <source>exact token count (and ids) of FILE, or of stdin with -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="127"/>
        <source>scrape a Prometheus /metrics endpoint: samples, rates, $ per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="153"/>
        <source>Usage: inferometer-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="159"/>
        <source>
Every command takes --json to print one JSON document on stdout, and --help (-h) to list its options with their defaults.
Dates are YYYY-MM-DD (UTC) or ISO 8601 times; --to DATE includes that whole day.
--version prints the version; --verbose logs what the core does on stderr.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="210"/>
        <source>auto (the default: recognised from each file&apos;s content) or one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="307"/>
        <source>Start, inclusive (default: the first call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="308"/>
        <source>End; a date includes that day (default: the last call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="311"/>
        <source>Group by cost_center, team, owner, model, provider, api_key or project (default: totals only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="317"/>
        <source>report needs --workspace W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="332"/>
        <source>--by: unknown dimension &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="349"/>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="362"/>
        <source>%1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="365"/>
        <source>list cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="366"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="367"/>
        <source>cost/task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="368"/>
        <location filename="../app/cli/routingcommand.cpp" line="345"/>
        <source>CPSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="368"/>
        <source>rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="369"/>
        <source>tok.eff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="369"/>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="372"/>
        <location filename="../app/cli/routingcommand.cpp" line="365"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="375"/>
        <source>No token-level calls: the spend here is what providers reported in cost exports (%1 in %n row(s)); import usage exports to see calls, tokens and the KPIs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="383"/>
        <source>Unpriced: %1 calls to %2 (no price known; not counted as $0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="395"/>
        <source>Workspace whose prices to show or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="396"/>
        <source>Show the price that applies to this model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="398"/>
        <source>With --model: the price valid at this time (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="400"/>
        <source>Read LiteLLM&apos;s model_prices_and_context_window.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="403"/>
        <source>With --import: date the imported prices apply from (default: always).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="405"/>
        <source>Recompute the list cost of every event with the current prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="417"/>
        <source>--reprice needs --workspace W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="437"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="442"/>
        <source>--effective-from: not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="456"/>
        <source>No --workspace given: the %1 prices were read and checked but not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="463"/>
        <source>Read %1 model prices from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="476"/>
        <source>Re-priced %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="485"/>
        <source>--at: not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="490"/>
        <source>inferometer-cli: &quot;%1&quot; is not in the price catalog: its calls are unpriced (never $0). Add a price in the workspace or import LiteLLM&apos;s price file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="580"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="47"/>
        <source>Try &quot;inferometer-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="48"/>
        <source>Try &quot;inferometer-cli %1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="60"/>
        <source>Show this command&apos;s options and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="67"/>
        <source>Usage: inferometer-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="77"/>
        <source>Print one JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="56"/>
        <source>o200k_base (default), cl100k_base, or a .tiktoken, tokenizer.json or .gguf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="59"/>
        <source>Rules to apply, comma-separated: dedupe, filler, reorder, whitespace (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="62"/>
        <source>Price the saving at this catalog model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="63"/>
        <source>Calls per day for the monthly saving (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="65"/>
        <source>Output tokens per call, for the cost per call (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="67"/>
        <source>Write the rewritten prompt to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="70"/>
        <source>The prompt (UTF-8 text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="74"/>
        <source>compress needs one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="85"/>
        <source>Unknown rule &quot;%1&quot;; rules: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="97"/>
        <source>--requests-per-day and --output-tokens take whole numbers ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="102"/>
        <source>Cannot read the prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="19"/>
        <source>The provider (anthropic, openai, google, deepseek).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="22"/>
        <source>The catalog model whose prices and minimum apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="24"/>
        <source>A request&apos;s whole input, in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="25"/>
        <source>Its cacheable prefix (system prompt, tools, examples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="27"/>
        <source>Requests a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="29"/>
        <source>Output tokens a request (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="31"/>
        <source>The base input price in USD per 1M tokens instead of the catalog&apos;s; the cache prices follow by the provider&apos;s multipliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="35"/>
        <source>5m (default) or 1h, where the provider lets the caller choose (Anthropic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="37"/>
        <source>How the requests arrive over the day: uniform (default), business (9:00-17:00) or bursty (bursts of 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="45"/>
        <source>cache needs --provider, --model, --prompt-tokens, --static-tokens and --requests-per-day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="57"/>
        <source>--prompt-tokens takes a whole number ≥ 1, --static-tokens and --output-tokens ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="59"/>
        <source>--requests-per-day takes a whole number from 1 to 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="61"/>
        <source>--static-tokens (%1) is part of the input: it cannot exceed --prompt-tokens (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="69"/>
        <source>--input-price takes USD per 1M tokens, above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="79"/>
        <source>--arrivals: &quot;%1&quot; is not uniform, business or bursty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="83"/>
        <source>inferometer-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="89"/>
        <location filename="../app/cli/compresscommand.cpp" line="114"/>
        <source>No price for model &quot;%1&quot; in the catalog (see inferometer-cli prices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="91"/>
        <source>--provider: %1 is a model of %2, not of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="97"/>
        <source>--ttl: %1 chooses how long its cache keeps a prompt; only Anthropic lets the caller choose (5m or 1h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="105"/>
        <source>--ttl: &quot;%1&quot; is not 5m or 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="109"/>
        <source>--provider: the calculator does not model %1&apos;s cache (anthropic, openai, google, deepseek).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="127"/>
        <source>%1 (%2): %3 of %4 static tokens cacheable; %5 requests a day, %6 arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="134"/>
        <source>hit rate %1%: %2 hits and %3 cache writes in the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="139"/>
        <source>without cache $%1/day, with cache $%2/day (writes included): $%3 a month saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="144"/>
        <source>caching pays from %1 requests a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="145"/>
        <source>caching never pays at these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="24"/>
        <source>The month, UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="26"/>
        <source>How spend without a cost center is shared: proportional to direct spend (default), even, or fixed:CC=PCT,... adding up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="30"/>
        <source>Write chargeback-YYYY-MM.csv and one PDF statement per cost center into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="36"/>
        <source>chargeback needs --workspace W and --month YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="41"/>
        <source>--month: &quot;%1&quot; is not YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="57"/>
        <source>PDF statements need the GUI libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="60"/>
        <source>Cannot create the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="65"/>
        <location filename="../app/cli/compresscommand.cpp" line="136"/>
        <location filename="../app/cli/exportcommand.cpp" line="60"/>
        <location filename="../app/cli/exportcommand.cpp" line="66"/>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="91"/>
        <source>Chargeback %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="92"/>
        <source>cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="92"/>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="93"/>
        <source>self-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="93"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="94"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="100"/>
        <source>month total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chargebackcommand.cpp" line="102"/>
        <source>without a cost center (shared above): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="177"/>
        <source>No rule changed the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="180"/>
        <source>%1 (%2): %3 edit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="185"/>
        <source>Tokens (%1): %2 → %3, %4 saved (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="192"/>
        <source>Characters: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="193"/>
        <source>Static prefix (before the first {{variable}}, cacheable): %1 → %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/compresscommand.cpp" line="198"/>
        <source>At %1, %2 requests/day (× %3 days), %4 output tokens per call: %5 → %6 per month, saves %7 per month (list input price, no caching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="19"/>
        <source>Text to continue (default: none, start from BOS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="21"/>
        <source>Tokens to generate (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="22"/>
        <source>0 for greedy (default 0.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="23"/>
        <source>Keep the K most likely tokens; 0 keeps all (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="25"/>
        <source>Nucleus: keep tokens up to probability P (default 0.95).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="27"/>
        <source>Random seed (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="29"/>
        <source>KV cache size in tokens (default: prompt + tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="34"/>
        <location filename="../app/cli/perplexitycommand.cpp" line="25"/>
        <source>A GGUF model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="38"/>
        <source>generate needs MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="43"/>
        <source>--tokens takes a whole number of at least 1, --top-k one of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="54"/>
        <source>--temperature takes a number &gt;= 0, --top-p one &gt; 0, --seed a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="71"/>
        <source>--ctx takes a whole number of at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="101"/>
        <source>%1 prompt tokens at %2 tokens/s, %3 generated at %4 tokens/s (%5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inferencesupport.h" line="27"/>
        <source>vulkan, vulkan:N (a device index), cpu, or auto (default: Vulkan, the CPU reference when there is no Vulkan device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inferencesupport.h" line="34"/>
        <source>What the KV cache holds: f16 (default, as llama.cpp) or f32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inferencesupport.h" line="41"/>
        <source>Allow a KV cache longer than the context the model was trained for (llama.context_length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inferencesupport.h" line="53"/>
        <source>a KV cache of %1 tokens is beyond the %2 the model was trained for (llama.context_length); --allow-long-context runs it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inferencesupport.h" line="80"/>
        <source>inferometer-cli: note: %1; using the CPU reference backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inferencesupport.h" line="81"/>
        <source>no usable Vulkan device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inferencesupport.h" line="93"/>
        <location filename="../app/cli/tokenscommand.cpp" line="32"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="18"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="36"/>
        <source>Days measured, ending on the last day of data (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="42"/>
        <source>maturity needs --workspace W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="48"/>
        <source>--window takes a positive whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="63"/>
        <source>Maturity level %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/maturitycommand.cpp" line="65"/>
        <source>Measured over %1 to %2 (UTC, %n day(s)); savings per month = window × 30 / days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="73"/>
        <source>Level %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="77"/>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="79"/>
        <source>&lt;= %1 or falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="86"/>
        <source>Next level (%1): steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="90"/>
        <source>[saves %1/month]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/maturitycommand.cpp" line="95"/>
        <source>  Total estimated savings: %1/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/perplexitycommand.cpp" line="18"/>
        <source>UTF-8 text to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/perplexitycommand.cpp" line="20"/>
        <source>Tokens per chunk (default 512, as llama-perplexity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/perplexitycommand.cpp" line="29"/>
        <source>perplexity needs MODEL and --text FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/perplexitycommand.cpp" line="32"/>
        <source>--ctx takes a whole number of at least 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/perplexitycommand.cpp" line="67"/>
        <source>%1 on %2 (%3), KV cache %4: %5 tokens, %6 chunks of %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/perplexitycommand.cpp" line="78"/>
        <source>Final estimate: PPL = %1 +/- %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/quantizecommand.cpp" line="20"/>
        <source>llama-quantize&apos;s type: %1 (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/quantizecommand.cpp" line="23"/>
        <source>An f32 or f16 GGUF model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/quantizecommand.cpp" line="24"/>
        <source>The quantized GGUF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/quantizecommand.cpp" line="29"/>
        <source>quantize needs IN, OUT and --type TYPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/quantizecommand.cpp" line="33"/>
        <source>--type: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/quantizecommand.cpp" line="50"/>
        <source>%1 -&gt; %2 (%3): %4 tensors quantized, %5 kept; tensor data %6 -&gt; %7 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="55"/>
        <source>The /metrics endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="56"/>
        <source>Seconds between scrapes (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="58"/>
        <source>Scrapes to take (default 2: rates need two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="60"/>
        <source>Seconds a scrape may take from its start to its last byte (default 10); bodies over 50 MB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="63"/>
        <source>Deployment cost in USD per hour, for $ per 1M tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="66"/>
        <source>Name of an environment variable holding a bearer token (never a token on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="69"/>
        <source>Name of an environment variable holding user:password for basic auth (never on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="75"/>
        <source>scrape takes one URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="80"/>
        <source>--interval takes seconds (0.1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="83"/>
        <source>--count takes a whole number of scrapes (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="87"/>
        <source>--timeout takes seconds (0.1 to 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="92"/>
        <source>--gpu-price-per-hour takes a number of USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="98"/>
        <source>--bearer-token-env and --basic-auth-env exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="107"/>
        <source>The environment variable %1 must hold user:password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="119"/>
        <source>scrape %1: %2 samples in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="120"/>
        <source>scrape %1: down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/scrapecommand.cpp" line="158"/>
        <source>%1 (%2): %3 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="19"/>
        <source>110m, 350m or 1b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="20"/>
        <source>f32, q8_0 or q4_0 (default f32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="23"/>
        <source>A GGUF model whose vocabulary to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="24"/>
        <source>The GGUF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="25"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="27"/>
        <source>llama (default), qwen2 (adds seeded Q/K/V biases), phi3 (fused Q/K/V and gate/up, long-context RoPE factors, a sliding window) or gemma2 (post-norms, GELU, soft-capping, a sliding window on even layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="35"/>
        <source>synth-model needs --preset, --vocab-from and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="39"/>
        <source>--preset: &quot;%1&quot; is not 110m, 350m or 1b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="43"/>
        <source>--type: &quot;%1&quot; is not f32, q8_0 or q4_0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="49"/>
        <source>--arch: &quot;%1&quot; is not llama, qwen2, phi3 or gemma2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="54"/>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synthmodelcommand.cpp" line="68"/>
        <source>Wrote %1: %2 parameters (%3, %4 layers x %5), %6 bytes, vocabulary of %7 from %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="29"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="49"/>
        <source>o200k_base (default), cl100k_base, gguf:MODEL.gguf, or a .tiktoken, tokenizer.json or .gguf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="51"/>
        <source>Also print the token ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="52"/>
        <source>The text to count (- reads stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="57"/>
        <source>tokens needs one FILE (or - for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="99"/>
        <source>%1: %2 tokens (%3 bytes%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="103"/>
        <source>; invalid UTF-8 read as U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="33"/>
        <source>The server&apos;s purchase price, depreciated over --years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="35"/>
        <source>Years the hardware is depreciated over (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="37"/>
        <source>A rented GPU&apos;s price per hour, in place of owned hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="39"/>
        <source>The server&apos;s average power draw (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="41"/>
        <source>Electricity, USD per kWh (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="43"/>
        <source>Rack space, network and storage, USD a month (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="45"/>
        <source>The share of MLOps salaries the server takes, USD a month (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="47"/>
        <source>Percent of hours spent generating (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="49"/>
        <source>Tokens processed per second at full load, prompt and generated, all requests together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="79"/>
        <source>The throughput instead: the median decode tokens/s of a saved A/B run in --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="81"/>
        <source>Which model of the A/B run: a or b (default b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="84"/>
        <source>The API side: this workspace&apos;s monthly tokens and list cost (and the A/B runs it saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="86"/>
        <source>With --workspace: the latest days read, per month (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="88"/>
        <source>The API side typed instead: tokens a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="91"/>
        <source>With --monthly-tokens: what the API charges for them, USD a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="104"/>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="109"/>
        <source>--monthly-tokens and --api-spend go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="112"/>
        <source>breakeven needs the API side: --workspace W, or --monthly-tokens N and --api-spend USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="114"/>
        <source>--days: the API side is typed (--monthly-tokens), no days are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="116"/>
        <source>--days needs --workspace W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="122"/>
        <location filename="../app/cli/routingcommand.cpp" line="159"/>
        <source>--days takes a whole number from 1 to 3,660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="130"/>
        <source>--ab-run takes a saved run&apos;s id, a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="132"/>
        <source>--ab-run needs --workspace W, where the run is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="134"/>
        <source>--ab-run: give the throughput or an A/B run, not both (--tokens-per-second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="136"/>
        <source>--ab-side: &quot;%1&quot; is not a or b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="138"/>
        <source>--ab-side needs --ab-run ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="146"/>
        <source>--monthly-tokens: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="148"/>
        <source>--api-spend: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="166"/>
        <source>A/B run %1 has no decode timings for side %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="170"/>
        <source>inferometer-cli: note: A/B run %1 ran on a CPU implementation of Vulkan (%2): its speed says nothing about a GPU server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="185"/>
        <source>No calls to compare with: import usage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="196"/>
        <source>--workspace: %1 (no priced calls in the window?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="227"/>
        <source>One server: %1 a month to own and run; %2 tokens a month at %3% utilization (%4 tokens/s%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="231"/>
        <source>, A/B run %1 side %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="233"/>
        <source>Self-hosted %1 per 1M tokens; the API %2 per 1M (%3 tokens, %4 a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/breakevencommand.cpp" line="237"/>
        <source>The volume needs %n server(s): %1 a month self-hosted against %2 on the API, %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="242"/>
        <source>%1 a month saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="243"/>
        <source>%1 a month more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="246"/>
        <source>One server breaks even at %1 tokens a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="248"/>
        <source>, at %1% utilization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="249"/>
        <source>, more than it can generate: no utilization up to 100% breaks even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="251"/>
        <source>$ per 1M tokens by utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/breakevencommand.cpp" line="256"/>
        <source>Each input 20% lower and higher, $ per 1M tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="53"/>
        <source>--%1: &quot;%2&quot; is not CLASS=PERCENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="59"/>
        <source>--%1: unknown class &quot;%2&quot; (classification, extraction, support or reasoning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="65"/>
        <source>--%1: &quot;%2&quot; is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="112"/>
        <source>Plan on this workspace&apos;s own traffic, per task class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="115"/>
        <source>With --workspace: the latest days read, as a monthly load (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="117"/>
        <source>Plan on the source article&apos;s case study instead: 1,000 descriptions a month on a frontier model (gpt), cascaded through a small API model (hybrid) or routed to a self-hosted one (slm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="121"/>
        <source>Send PERCENT of a class&apos;s work to the small model directly (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="124"/>
        <source>Send all of a class&apos;s work to the small model first, PERCENT of it escalating to today&apos;s model (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="127"/>
        <source>The small model: a catalog model whose prices apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="130"/>
        <source>The small model&apos;s price instead, USD per 1M input and output tokens (output defaults to input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="133"/>
        <source>Percent of the small model&apos;s outcomes a human corrects (default 5; the case study&apos;s own otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="135"/>
        <source>USD one human correction costs (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="138"/>
        <source>With --workspace: put a workflow (its project, else cost center) in a class (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="145"/>
        <source>routing needs --workspace W or --case-study gpt|hybrid|slm (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="150"/>
        <source>--case-study: &quot;%1&quot; is not gpt, hybrid or slm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="153"/>
        <source>--%1 needs --workspace W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="170"/>
        <source>--cascade: %1 is already routed by --route; give one strategy per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="177"/>
        <source>--classify: &quot;%1&quot; is not WORKFLOW=CLASS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="180"/>
        <source>--classify: unknown class &quot;%1&quot; (classification, extraction, support or reasoning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="186"/>
        <source>--correction-cost takes USD, a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="191"/>
        <source>--small-correction-rate takes a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="194"/>
        <source>--small-price: give the small model&apos;s price or --small-model, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="201"/>
        <source>--small-price takes USD per 1M tokens: IN or IN,OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="219"/>
        <source>No calls to plan from: import usage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="234"/>
        <source>inferometer-cli: note: --classify: no workflow &quot;%1&quot; in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="252"/>
        <source>--small-model: no price for model &quot;%1&quot; in the catalog (see inferometer-cli prices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="278"/>
        <source>small model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="295"/>
        <source>inferometer-cli: note: no %1 work to plan on: its --%2 changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="338"/>
        <source>%1 to %2 (UTC), per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="342"/>
        <source>The article&apos;s case study, option %1, per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="343"/>
        <source>strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="344"/>
        <source>outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="344"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="345"/>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="346"/>
        <source>new CPSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="346"/>
        <source>+ corr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="347"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="347"/>
        <source>savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="348"/>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="367"/>
        <source>Corrections: %1 of outcomes today, %2 projected, at %3 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="373"/>
        <source>%1: %2 model savings fall outside the article&apos;s %3 to %4 for this class: check the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routingcommand.cpp" line="379"/>
        <source>%1: mostly %2; workflows %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="20"/>
        <source>Write FOCUS 1.2 CSV to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="21"/>
        <source>Export calls from this time, inclusive (default: the first call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="24"/>
        <source>Export calls until this time; a date includes that day (default: the last call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="26"/>
        <source>One charge period per day (default) or per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="32"/>
        <source>export needs --workspace W and --focus FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="39"/>
        <source>--granularity: &quot;%1&quot; is neither day nor hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="50"/>
        <source>--to must come after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="79"/>
        <source>%1: %2 FOCUS 1.2 rows for %3 calls; ListCost $%4, BilledCost $%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="89"/>
        <source>Left out: %1 calls with neither a price nor a reported cost, which FOCUS cannot carry without inventing one: %2. Price them on the Prices page to include them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="53"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="55"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="56"/>
        <source>When the call happened: ISO 8601 (2026-10-01T09:00:00Z) or epoch seconds or milliseconds. Other layouts need a time format. A time without a zone is UTC. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="59"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="60"/>
        <source>The model as the provider names it (gpt-4o-mini, claude-sonnet-4-5): it selects the price. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="64"/>
        <source>Tokens (six buckets that do not overlap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="66"/>
        <source>Uncached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="67"/>
        <source>Input tokens billed at the full input price. The buckets do not overlap: if this column also counts cached tokens, do not map those to cache read as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="70"/>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="71"/>
        <source>Input tokens read from the prompt cache, billed at the cached-input price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="73"/>
        <source>Cache write 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="74"/>
        <source>Input tokens written to the prompt cache with a 5-minute lifetime (Anthropic&apos;s cache_creation_input_tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="77"/>
        <source>Cache write 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="78"/>
        <source>Input tokens written to the prompt cache with a 1-hour lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="80"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="81"/>
        <source>Generated tokens, not counting reasoning tokens (map those separately, or not at all when this column includes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="84"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="85"/>
        <source>Hidden reasoning (thinking) tokens, billed as output. Leave unmapped when the output column already counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="89"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="91"/>
        <source>Reported cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="92"/>
        <source>What the source says the call cost, in USD. Kept next to the list cost computed from the price catalog and compared with it on the Billing check page; it never replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="96"/>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="98"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="99"/>
        <source>openai, anthropic, google, …; optional: the price catalog knows the provider of most models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="102"/>
        <source>Cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="103"/>
        <source>The department that pays. Attribution rules can fill it from the other fields later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="105"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="106"/>
        <source>The team that made the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="107"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="108"/>
        <source>The person or service account responsible for the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="110"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="111"/>
        <source>The key&apos;s id, alias or hash, never the secret itself. Spend on keys without an owner shows as shadow spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="114"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="115"/>
        <source>The project or application the call served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="117"/>
        <source>Tasks and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="119"/>
        <source>Task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="120"/>
        <source>The unit of work the call belongs to: cost per task, CPSO and rework need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="122"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="123"/>
        <source>1 for the first try of a task, 2 and up for retries and fixes (rework). Empty: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="125"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="126"/>
        <source>accepted, rework, rejected or unknown: CPSO divides the cost by the accepted tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="128"/>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="129"/>
        <source>The agent that made the call, in agent workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="130"/>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="131"/>
        <source>The provider&apos;s or gateway&apos;s request id. With it, importing the file again skips calls already in the workspace even when other fields changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="134"/>
        <source>Parent call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="135"/>
        <source>The call that made this one, for agent trees and cascades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="137"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="138"/>
        <source>chat, completion, embedding, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="139"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="140"/>
        <source>How many calls the row stands for, in daily or hourly totals. Empty: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="142"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="143"/>
        <source>How long the call took, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="144"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="145"/>
        <source>ok or error. Empty: ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="146"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="147"/>
        <source>true when the call was billed at the batch price (true/false, 1/0, yes/no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="190"/>
        <source>Map columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="193"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: choose the column that holds each field; &lt;b&gt;time&lt;/b&gt; and &lt;b&gt;model&lt;/b&gt; are required. Hover a field for what it means. The tables on the right follow your choices: the file&apos;s first rows, the events as they will be stored, and the rows that would be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="210"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="214"/>
        <source>&amp;Remember for files named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="217"/>
        <source>The mapping is used again for files whose name matches: * stands for any characters, ? for one. The default replaces the digits of the name, so that next month&apos;s export matches too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="226"/>
        <source>&amp;Use Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="269"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="272"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="273"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="274"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="275"/>
        <source>What separates the columns of the CSV file. JSON Lines files have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="276"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="278"/>
        <source>ISO 8601 or epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="280"/>
        <source>Only for a time column in another layout, written as for QDateTime: dd.MM.yyyy HH:mm, MM/dd/yyyy, … A layout without a zone is read as UTC. Leave empty for ISO 8601 (2026-10-01T09:00:00Z) and epoch numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="283"/>
        <source>Time &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="342"/>
        <source>The file&apos;s first rows (line numbers at the left; mapped columns tinted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="345"/>
        <source>As they will be stored: events, priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="347"/>
        <source>Rejected rows (a file with any is not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="436"/>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="436"/>
        <source>(not in file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="445"/>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="478"/>
        <source>This is a JSON Lines file: the columns are its keys, nested ones as a.b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/columnmappingdialog.cpp" line="491"/>
        <source>Of the first %n row(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/columnmappingdialog.cpp" line="492"/>
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/columnmappingdialog.cpp" line="493"/>
        <source>, %n rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/columnmappingdialog.cpp" line="496"/>
        <source>%n event(s) unpriced: the price list does not know the model.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="499"/>
        <source>A file with rejected rows is not imported: choose other columns, or fix the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/columnmappingdialog.cpp" line="513"/>
        <source>Choose the columns of time and model first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostCentersPage</name>
    <message>
        <location filename="../views/costcenterspage.cpp" line="51"/>
        <source>Cost centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="61"/>
        <source>Could not compute the cost centers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="72"/>
        <source>Compare with previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="73"/>
        <source>Show the change of spend against the period of the same length just before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="75"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="76"/>
        <source>Save the rows shown (expanded ones with their children) with their path and metrics as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="100"/>
        <source>Double-click a row to see the calls behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="116"/>
        <source>◀ Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="117"/>
        <source>Older ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="118"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="156"/>
        <source>Show calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="198"/>
        <source>Could not read the calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="204"/>
        <source>No calls behind %1 in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="205"/>
        <source>Calls %1–%2 of %3 behind %4, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="251"/>
        <source>No calls in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="253"/>
        <source>%1 – %2 (UTC) · %3 · %4 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="260"/>
        <source> · no calls in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="263"/>
        <source> · previous period %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="265"/>
        <source> (%1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="316"/>
        <source>Export cost centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="317"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="325"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/costcenterspage.cpp" line="329"/>
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/costcenterspage.cpp" line="351"/>
        <source>Reading the calls behind %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostTreeModel</name>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="39"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="109"/>
        <source>No key, no project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="109"/>
        <source>%1 (project, no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="125"/>
        <source>Cost center › team › owner › API key (the project for calls made without a key) › model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="127"/>
        <source>List cost in the period: tokens in each of the six buckets × the price valid at the time of the call. Calls to models without a known price are not counted (never as $0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="130"/>
        <source>Share of the parent&apos;s spend (for a cost center: of the total) in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="132"/>
        <source>Change of spend against the previous period of the same length, just before this one. ▲ spends more, ▼ less; &quot;new&quot; had no spend before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="135"/>
        <source>Spend per day over the period, each row on its own scale (the dot marks the last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="163"/>
        <source>Cost center › … › model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="163"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="164"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="164"/>
        <source>Δ vs previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="164"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="164"/>
        <source>Cost / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="165"/>
        <source>CPSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="165"/>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="165"/>
        <source>Token eff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="165"/>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="234"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="258"/>
        <source>%1: %2
%3 calls · %4 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/models/costtreemodel.cpp" line="263"/>
        <source>%1 list cost; %n call(s) without a known price are not included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="265"/>
        <source>%1 list cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="269"/>
        <source>Previous period %1 – %2: %3
This period: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="277"/>
        <source>Spend per day, %1 – %2; peak %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="282"/>
        <source>%1
%2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="284"/>
        <source>%1
%2 accepted tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="297"/>
        <source>Spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="297"/>
        <source>Share of parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="297"/>
        <source>Previous spend (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="297"/>
        <source>Change vs previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="298"/>
        <source>Cost per task (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="298"/>
        <source>CPSO (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="298"/>
        <source>Rework rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="298"/>
        <source>Token efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="299"/>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="299"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/costtreemodel.cpp" line="299"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="204"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="539"/>
        <source>The file already exists; the demo is only written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscrepanciesPage</name>
    <message>
        <location filename="../views/discrepanciespage.cpp" line="27"/>
        <source>Billing check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/discrepanciespage.cpp" line="28"/>
        <source>Where a source states what calls cost (a provider&apos;s cost export beside its usage export, a gateway&apos;s spend, a tracer&apos;s cost attribute), Inferometer compares it with the list cost of the same model on the same day. A difference means a wrong or missing price, a discount, or a change in how the provider bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/discrepanciespage.cpp" line="39"/>
        <source>Show differences above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/discrepanciespage.cpp" line="46"/>
        <source>Relative difference between reported and list cost that counts as a discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/discrepanciespage.cpp" line="82"/>
        <source>&lt;b&gt;No discrepancies&lt;/b&gt; above the threshold (or no source in this workspace states its costs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/discrepanciespage.cpp" line="83"/>
        <source>&lt;b&gt;%n model-day(s)&lt;/b&gt; differ: reported %1 against %2 at list prices.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscrepancyModel</name>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="41"/>
        <source>Tokens × the catalog price valid that day, for the model&apos;s calls that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="43"/>
        <source>What the source (provider cost export, gateway, tracer) says those calls cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="45"/>
        <source>(reported − list) / list. Blank when there is no list cost to compare (unpriced model, or a cost row without usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="54"/>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="56"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="58"/>
        <source>List cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="60"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="62"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="64"/>
        <source>Difference %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/discrepancymodel.cpp" line="85"/>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorListModel</name>
    <message>
        <location filename="../views/models/errorlistmodel.cpp" line="30"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/errorlistmodel.cpp" line="30"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/errorlistmodel.cpp" line="30"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/errorlistmodel.cpp" line="48"/>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="249"/>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="269"/>
        <source>Call %1, no parent call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="270"/>
        <source>Call %1, child of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="280"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="280"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="280"/>
        <source>Cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="281"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="281"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="281"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="281"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="281"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="282"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="282"/>
        <source>Input tok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="282"/>
        <source>Output tok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="282"/>
        <source>List cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="288"/>
        <source>Input tokens: uncached + cache reads + cache writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="290"/>
        <source>Output tokens, reasoning included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/anomalymodel.cpp" line="292"/>
        <source>The call&apos;s list cost from the price catalog valid at its time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export::Chargeback</name>
    <message>
        <location filename="../core/export/chargeback.cpp" line="119"/>
        <source>Spend without a cost center is split evenly between the cost centers with spend this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="123"/>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="124"/>
        <source>Spend without a cost center is split by fixed shares: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="130"/>
        <source>Spend without a cost center is split in proportion to each cost center&apos;s direct spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="150"/>
        <source>The rule is proportional, even or fixed:COST_CENTER=PERCENT,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="159"/>
        <source>“%1” is not COST_CENTER=PERCENT with a percent above 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="161"/>
        <source>“%1” is not a cost center with spend this month (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="164"/>
        <source>“%1” is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="167"/>
        <source>“%1”: shares are given to 1/100 of a percent at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="172"/>
        <source>A fixed rule names at least one cost center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="174"/>
        <source>The shares add up to %1%, not 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/chargeback.cpp" line="234"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export::Focus</name>
    <message>
        <location filename="../core/export/focusexport.cpp" line="130"/>
        <source>Self-hosted (workspace TCO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="131"/>
        <source>Unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="208"/>
        <location filename="../core/export/focusexport.cpp" line="310"/>
        <location filename="../core/export/focusexport.cpp" line="388"/>
        <source>Could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="263"/>
        <source>%1 %2 (%3 price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="264"/>
        <source>%1 tokens at the cost the source reported (no list price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="266"/>
        <source>Self-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="270"/>
        <source>%1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="271"/>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="280"/>
        <source>Self-hosted inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="280"/>
        <source>%1 API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/focusexport.cpp" line="303"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export::Statement</name>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="65"/>
        <source>AI spend statement for %1 (UTC). Spend is the cost the provider reported, else the list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="69"/>
        <source>Total to charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="70"/>
        <location filename="../core/export/statementpdf.cpp" line="116"/>
        <source>Direct spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="71"/>
        <source>   of which self-hosted models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="72"/>
        <source>Share of spend without a cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="77"/>
        <source>Allocation rule: %1 This month %2 of %3 had no cost center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="84"/>
        <source>Direct spend by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/statementpdf.cpp" line="104"/>
        <source>%n more model(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="109"/>
        <source>Direct spend by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="117"/>
        <source>Shared spend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="118"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="126"/>
        <source>AI spend statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/statementpdf.cpp" line="130"/>
        <location filename="../core/export/statementpdf.cpp" line="134"/>
        <source>Cannot write the statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../views/exportcontroller.cpp" line="58"/>
        <location filename="../views/exportcontroller.cpp" line="191"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="58"/>
        <location filename="../views/exportcontroller.cpp" line="191"/>
        <source>Open or create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="66"/>
        <location filename="../views/exportcontroller.cpp" line="81"/>
        <location filename="../views/exportcontroller.cpp" line="85"/>
        <location filename="../views/exportcontroller.cpp" line="121"/>
        <location filename="../views/exportcontroller.cpp" line="141"/>
        <location filename="../views/exportcontroller.cpp" line="148"/>
        <source>Chargeback statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="81"/>
        <source>The workspace holds no calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="89"/>
        <source>The calendar month (UTC) to charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="90"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="92"/>
        <source>In proportion to direct spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="93"/>
        <source>Evenly between cost centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="94"/>
        <source>By fixed shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="95"/>
        <source>How spend without a cost center (untagged keys, shared platform calls) is shared out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="96"/>
        <source>Share unowned spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="99"/>
        <source>Cost center=percent, separated by commas, adding up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="101"/>
        <source>Fixed shares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="105"/>
        <source>Choose Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="130"/>
        <source>Folder for the statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/exportcontroller.cpp" line="142"/>
        <source>&lt;p&gt;%n file(s) written, for a month total of $%1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="152"/>
        <source>Writing the statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="195"/>
        <source>One charge period per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="195"/>
        <source>One charge period per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="197"/>
        <source>Export FOCUS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="198"/>
        <source>The window&apos;s period of %1, as FOCUS 1.2 rows with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="205"/>
        <source>Export FOCUS 1.2 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="207"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="214"/>
        <source>&lt;p&gt;%1 rows for %2 calls written to %3.&lt;/p&gt;&lt;p&gt;ListCost $%4 · BilledCost $%5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="222"/>
        <source>%1 (%2 calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="223"/>
        <source>&lt;p&gt;&lt;b&gt;Left out: %1 calls&lt;/b&gt; with neither a price nor a reported cost, which FOCUS cannot carry without inventing one: %2. Price them on the Prices page to include them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="230"/>
        <location filename="../views/exportcontroller.cpp" line="232"/>
        <location filename="../views/exportcontroller.cpp" line="237"/>
        <source>FOCUS 1.2 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/exportcontroller.cpp" line="240"/>
        <source>Exporting FOCUS 1.2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../views/models/format.cpp" line="53"/>
        <source>Unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="59"/>
        <source>(no model name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="61"/>
        <source>(no provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="69"/>
        <source>Cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="71"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="73"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="75"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="77"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="79"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="81"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="85"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="92"/>
        <source>Cost per task: the cost of all calls of a task (every attempt, every agent step), averaged over tasks. A task counts once, on its first call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="96"/>
        <source>CPSO, cost per successful outcome: total list cost / number of tasks whose final outcome is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="99"/>
        <source>Rework rate: share of the cost of task calls spent on attempts after the first (re-runs and fixes of model errors). Tasks finally rejected count as waste, not rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="104"/>
        <source>Token efficiency: share of task tokens spent on tasks accepted at their first attempt. Token waste is its complement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/format.cpp" line="108"/>
        <source>Cache hit rate: cache-read tokens / all input tokens (uncached + cache read + cache writes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gguf</name>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="105"/>
        <source>file ends inside the length of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="107"/>
        <source>%1 claims %2 bytes but only %3 remain in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="119"/>
        <source>file ends inside a %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="190"/>
        <source>bool value is %1, not 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="198"/>
        <source>arrays nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="202"/>
        <source>file ends inside an array header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="204"/>
        <source>array element type %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="208"/>
        <source>array claims %1 elements of type %2 but only %3 bytes remain in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="220"/>
        <location filename="../core/gguf/gguffile.cpp" line="337"/>
        <source>value type %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="262"/>
        <source> (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="272"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="275"/>
        <source>the file is empty, not GGUF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="278"/>
        <source>cannot map into memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="303"/>
        <source>not a GGUF file (the first 4 bytes are not &quot;GGUF&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="305"/>
        <location filename="../core/gguf/gguffile.cpp" line="313"/>
        <source>file ends inside the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="307"/>
        <source>big-endian GGUF files are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="310"/>
        <source>GGUF version %1 is not supported (only 2 and 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="317"/>
        <source>header claims %1 metadata entries, more than the file can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="320"/>
        <source>header claims %1 tensors, more than the file can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="331"/>
        <source>duplicate metadata key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="335"/>
        <source>file ends inside the value type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="346"/>
        <source>must be a uint32, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="350"/>
        <source>%1 is not a power of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="364"/>
        <source>duplicate tensor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="367"/>
        <location filename="../core/gguf/gguffile.cpp" line="387"/>
        <source>file ends inside the tensor info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="370"/>
        <source>tensor has %1 dimensions (1 to %2 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="376"/>
        <source>file ends inside the tensor dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="378"/>
        <source>dimension %1 is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="381"/>
        <source>dimension %1 (%2) makes the element count overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="390"/>
        <source>tensor type %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="394"/>
        <source>row length %1 is not a multiple of the %2 block size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="402"/>
        <source>data offset %1 is not a multiple of the alignment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="411"/>
        <source>file ends before its data section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="416"/>
        <source>data (%1 bytes at data offset %2) runs past the end of the file (%3 bytes of data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="435"/>
        <source>as %1 of shape %2 its data is %3 bytes from offset %4, and runs into tensor &quot;%5&quot; at offset %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="462"/>
        <source>required metadata key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="466"/>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/gguffile.cpp" line="554"/>
        <source>no such tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/ggufwriter.cpp" line="138"/>
        <source>alignment %1 is not a power of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/ggufwriter.cpp" line="153"/>
        <source>a tensor needs 1 to 4 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/ggufwriter.cpp" line="160"/>
        <source>row length %1 does not fit type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/ggufwriter.cpp" line="173"/>
        <location filename="../core/gguf/ggufwriter.cpp" line="193"/>
        <location filename="../core/gguf/ggufwriter.cpp" line="214"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/ggufwriter.cpp" line="177"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/ggufwriter.cpp" line="189"/>
        <source>tensor data is %1 bytes, its type and dimensions need %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/gguf/ggufwriter.cpp" line="206"/>
        <source>cannot create: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/import/fileimporter.cpp" line="30"/>
        <location filename="../core/import/preview.cpp" line="21"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/fileimporter.cpp" line="70"/>
        <source>Unknown format &quot;%1&quot;; known formats: auto, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/fileimporter.cpp" line="95"/>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/fileimporter.cpp" line="122"/>
        <source>Import stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/preview.cpp" line="74"/>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../views/importcontroller.cpp" line="30"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="54"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="54"/>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importcontroller.cpp" line="102"/>
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="86"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="108"/>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="118"/>
        <source>&lt;b&gt;%1 imported&lt;/b&gt;, %2 duplicates skipped, %3 rows rejected, %4 files failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="125"/>
        <source>File / line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="125"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="125"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="133"/>
        <source>%1 imported, %2 duplicates (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="134"/>
        <source>, %1 unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="136"/>
        <source>nothing imported: %1 of %2 rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importcontroller.cpp" line="140"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../views/importdialog.cpp" line="30"/>
        <source>Import usage files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="33"/>
        <source>Each file is recognised from its content, or read through a column mapping, and imported all or nothing; calls already in the workspace are skipped. Below: the first events as they will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="54"/>
        <location filename="../views/importdialog.cpp" line="145"/>
        <source>&amp;Map Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="55"/>
        <source>Say which column of the file holds the time, model, tokens, …: for any CSV or JSON Lines file. The mapping is remembered for files named alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="57"/>
        <source>Use the &amp;Recognised Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="58"/>
        <source>Read this file as its content says, without the column mapping (for this import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="85"/>
        <source>&amp;Import %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="122"/>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="122"/>
        <source>mapped (pattern %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="145"/>
        <source>&amp;Edit Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="195"/>
        <source>The column mapping does not fit this file: choose &lt;b&gt;Edit Mapping…&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="196"/>
        <source>If this is a CSV or JSON Lines file of your own, choose &lt;b&gt;Map Columns…&lt;/b&gt; to say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="199"/>
        <source> — not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="204"/>
        <source>Format: &lt;b&gt;%1&lt;/b&gt;, read through your column mapping. First %n event(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="207"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2). First %n event(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="212"/>
        <source>&lt;br&gt;Rows like these are rejected: the file would not import until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="225"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inference</name>
    <message>
        <location filename="../core/inference/backend.cpp" line="27"/>
        <source>%1 tokens need as many targets (%2) and outputs (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/backend.cpp" line="37"/>
        <source>Target %1 is outside the vocabulary of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/backend.cpp" line="53"/>
        <source>The model computed %1 at %2: its weights are finite but overflow the arithmetic, so the file is damaged or is not a trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/generator.cpp" line="22"/>
        <source>the prompt needs 1 to %1 tokens, it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/generator.cpp" line="53"/>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/model.cpp" line="29"/>
        <source>required tensor is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/model.cpp" line="39"/>
        <source>shape is %1, the model&apos;s metadata needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/model.cpp" line="44"/>
        <source>tensor type %1 is not supported (f32, f16, bf16, q4_0, q4_1, q5_0, q5_1, q8_0, q2_K, q3_K, q4_K, q5_K, q6_K, iq4_nl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/model.cpp" line="51"/>
        <source>a norm weight must be f32, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/model.cpp" line="55"/>
        <source>holds %1 at element %2: the model file is damaged (every weight must be a finite number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="26"/>
        <source>required metadata key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="32"/>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="58"/>
        <source>architecture &quot;%1&quot; is not supported (llama, qwen2, phi3, gemma2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="82"/>
        <source>an embedding of %1 cannot be split into %2 heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="89"/>
        <source>%1 heads cannot be shared by %2 key/value heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="97"/>
        <source>value length differs from the key length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="101"/>
        <source>RoPE over %1 of %2 head dimensions is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="135"/>
        <source>phi3 needs the sliding window&apos;s length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="160"/>
        <source>RMS epsilon and RoPE base must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="178"/>
        <source>RoPE scaling &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="195"/>
        <source>must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="198"/>
        <source>YaRN RoPE scaling is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="209"/>
        <source>the 2-D token embedding tensor is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/modelconfig.cpp" line="217"/>
        <source>says %1 tokens, token_embd.weight has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/perplexity.cpp" line="36"/>
        <source>a context of %1 tokens is too small (4 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/perplexity.cpp" line="38"/>
        <source>a context of %1 tokens exceeds the backend&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/perplexity.cpp" line="41"/>
        <source>the text has %1 tokens; a context of %2 needs at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/perplexity.cpp" line="65"/>
        <source>chunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/perplexity.cpp" line="72"/>
        <location filename="../core/inference/synthmodel.cpp" line="149"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/perplexity.cpp" line="97"/>
        <source>The perplexity overflows (a mean negative log-likelihood of %1 nats): the model gives the text a probability of 0, so the file is damaged or is not a trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/perplexity.cpp" line="180"/>
        <source>the vocabularies differ (%1 and %2 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/perplexity.cpp" line="248"/>
        <source>The KL divergence overflows: this model gives tokens the other finds likely a probability of 0, so the file is damaged or is not a trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/quantizer.cpp" line="94"/>
        <source>cannot convert %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/quantizer.cpp" line="114"/>
        <location filename="../core/inference/quantizer.cpp" line="170"/>
        <source>quantizing to %1 is not supported (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/quantizer.cpp" line="132"/>
        <source>is already %1; quantize from an f32 or f16 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/synthmodel.cpp" line="77"/>
        <source>type %1 is not supported (f32, q8_0, q4_0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/synthmodel.cpp" line="81"/>
        <source>the model shape is not llama-shaped with rows in blocks of 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/synthmodel.cpp" line="91"/>
        <source>the vocabulary is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/synthmodel.cpp" line="97"/>
        <source>architecture %1 is not supported (llama, qwen2, phi3, gemma2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/descriptorallocator.cpp" line="61"/>
        <source>%1 needs %2 buffers, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/pipelinecache.cpp" line="36"/>
        <source>Shader %1 is not built into this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vkcheck.cpp" line="59"/>
        <source>Vulkan call %1 failed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkanbackend.cpp" line="52"/>
        <source>A tensor of %1 bytes exceeds the largest buffer %2 can bind (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkanbackend.cpp" line="121"/>
        <source>The Vulkan engine needs a head size that is a multiple of 4 and whole query-head groups (head size %1, %2 heads, %3 KV heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkanbackend.cpp" line="339"/>
        <source>Positions %1..%2 exceed the context of %3 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkanbackend.cpp" line="345"/>
        <source>Token %1 is outside the vocabulary of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkanbackend.cpp" line="389"/>
        <source>Logits buffer of %1 floats, %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkancontext.cpp" line="128"/>
        <source>No Vulkan driver is installed (%1); install the GPU&apos;s Vulkan driver or Mesa&apos;s lavapipe (mesa-vulkan-drivers), or use the CPU backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkancontext.cpp" line="183"/>
        <source>No Vulkan device found: the Vulkan loader lists none (install the GPU&apos;s Vulkan driver or Mesa&apos;s lavapipe, or use the CPU backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkancontext.cpp" line="206"/>
        <source>Vulkan device %1 does not exist; devices: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkancontext.cpp" line="218"/>
        <source>No Vulkan device named like &quot;%1&quot;; devices: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkancontext.cpp" line="225"/>
        <source>No usable Vulkan device (needs Vulkan 1.2 with subgroup arithmetic and shuffle in compute); devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkancontext.cpp" line="231"/>
        <source>Vulkan device %1 (%2) lacks what the engine needs: Vulkan 1.2, a compute queue, subgroup arithmetic and shuffle in compute shaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/vulkancontext.cpp" line="312"/>
        <source>No Vulkan memory type with flags 0x%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/weightpacker.cpp" line="122"/>
        <source>Fused weights disagree in shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/vulkan/weightpacker.cpp" line="124"/>
        <source>Rows of %1 elements cannot be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/cpubackend.cpp" line="305"/>
        <source>no tokens to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/cpubackend.cpp" line="307"/>
        <source>positions %1..%2 exceed the context of %3 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/cpubackend.cpp" line="313"/>
        <source>token id %1 is outside the vocabulary of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inference/cpubackend.cpp" line="316"/>
        <source>the logits buffer holds %1 floats, %2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <location filename="../core/ingest/formatregistry.cpp" line="73"/>
        <location filename="../core/ingest/openaiformats.cpp" line="159"/>
        <source>The file is empty: there is no usage data to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="348"/>
        <source>This line is binary data, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="308"/>
        <location filename="../core/ingest/columnmapping.cpp" line="283"/>
        <source>This line is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="309"/>
        <location filename="../core/ingest/columnmapping.cpp" line="284"/>
        <location filename="../core/ingest/litellmformats.cpp" line="139"/>
        <source>This line is not valid JSON (the file may be truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="397"/>
        <location filename="../core/ingest/canonicalparser.cpp" line="288"/>
        <location filename="../core/ingest/canonicalparser.cpp" line="367"/>
        <location filename="../core/ingest/columnmapping.cpp" line="187"/>
        <location filename="../core/ingest/langfuseformats.cpp" line="365"/>
        <location filename="../core/ingest/langfuseformats.cpp" line="451"/>
        <location filename="../core/ingest/litellmformats.cpp" line="59"/>
        <location filename="../core/ingest/openaicsvformats.cpp" line="139"/>
        <location filename="../core/ingest/openaiformats.cpp" line="94"/>
        <location filename="../core/ingest/otlpformat.cpp" line="339"/>
        <source>Import canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="114"/>
        <source>expected an object of cache write counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="116"/>
        <source>expected an object of server tool counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="123"/>
        <source>must be at least 1, found 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="173"/>
        <source>only USD amounts are supported, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="181"/>
        <source>expected an amount in US cents such as &quot;123.45&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="265"/>
        <source>This is not an Anthropic usage report: there is no &quot;data&quot; array of time buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="266"/>
        <source>This is not an Anthropic cost report: there is no &quot;data&quot; array of time buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="293"/>
        <source>expected a report page: an object with a &quot;data&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="298"/>
        <source>expected an array of time buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="311"/>
        <source>expected a time bucket: an object with starting_at and results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="320"/>
        <source>expected an array of result rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="335"/>
        <source>expected a result row object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="367"/>
        <source>Anthropic usage report (Admin API, messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/anthropicformats.cpp" line="368"/>
        <source>Anthropic cost report (Admin API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="103"/>
        <location filename="../core/ingest/fields.cpp" line="112"/>
        <location filename="../core/ingest/otlpattributes.cpp" line="115"/>
        <location filename="../core/ingest/otlpreader.cpp" line="41"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="104"/>
        <location filename="../core/ingest/fields.cpp" line="114"/>
        <source>an object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="106"/>
        <location filename="../core/ingest/otlpreader.cpp" line="90"/>
        <location filename="../core/ingest/otlpreader.cpp" line="218"/>
        <source>expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="112"/>
        <location filename="../core/ingest/otlpreader.cpp" line="39"/>
        <location filename="../core/ingest/otlpreader.cpp" line="282"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="122"/>
        <location filename="../core/ingest/canonicalparser.cpp" line="126"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="128"/>
        <source>must be at least %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="136"/>
        <location filename="../core/ingest/canonicalparser.cpp" line="147"/>
        <location filename="../core/ingest/fields.cpp" line="217"/>
        <location filename="../core/ingest/openaicsvformats.cpp" line="85"/>
        <location filename="../core/ingest/openaicsvformats.cpp" line="316"/>
        <location filename="../core/ingest/openaiformats.cpp" line="347"/>
        <location filename="../core/ingest/otlpformat.cpp" line="244"/>
        <location filename="../core/ingest/otlpformat.cpp" line="271"/>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="138"/>
        <location filename="../core/ingest/canonicalparser.cpp" line="141"/>
        <source>an ISO 8601 time or epoch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="194"/>
        <source>expected &quot;ok&quot; or &quot;error&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="202"/>
        <source>expected accepted, rework, rejected or unknown, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="210"/>
        <location filename="../core/ingest/canonicalparser.cpp" line="214"/>
        <source>a decimal amount in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="225"/>
        <location filename="../core/ingest/canonicalparser.cpp" line="227"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="298"/>
        <location filename="../core/ingest/columnmapping.cpp" line="273"/>
        <location filename="../core/ingest/litellmformats.cpp" line="131"/>
        <source>This line is binary data, not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="313"/>
        <location filename="../core/ingest/columnmapping.cpp" line="288"/>
        <source>Each line must be one JSON object (one usage event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="328"/>
        <location filename="../core/ingest/canonicalparser.cpp" line="460"/>
        <location filename="../core/ingest/columnmapping.cpp" line="49"/>
        <location filename="../core/ingest/columnmapping.cpp" line="300"/>
        <source>The file is empty: there is no usage event to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="344"/>
        <location filename="../core/ingest/columnmapping.cpp" line="217"/>
        <source>The file is empty: there is no header row and no usage event to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="356"/>
        <source>The header row has no &quot;%1&quot; column. Canonical CSV needs at least time and model; columns found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="372"/>
        <location filename="../core/ingest/columnmapping.cpp" line="240"/>
        <location filename="../core/ingest/langfuseformats.cpp" line="456"/>
        <location filename="../core/ingest/litellmformats.cpp" line="97"/>
        <location filename="../core/ingest/openaicsvformats.cpp" line="144"/>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="390"/>
        <location filename="../core/ingest/columnmapping.cpp" line="254"/>
        <source>The file has a header row but no usage event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="462"/>
        <source>The format of this file was not recognised. Tried: JSON Lines of usage events (a JSON object per line) and CSV with a header of event fields (time, model, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="482"/>
        <source>Usage events, JSON Lines (Inferometer fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/canonicalparser.cpp" line="483"/>
        <source>Usage events, CSV (Inferometer fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="51"/>
        <source>This is binary data, not CSV or JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="135"/>
        <source>expected a time like &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="230"/>
        <source>The header row has no column &quot;%1&quot; (mapped to the field %2). Columns found: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="313"/>
        <source>Usage events through a column mapping (CSV or JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="324"/>
        <source>The column mapping does not say which column holds the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="374"/>
        <source>&quot;%1&quot; is not a mapping: write FIELD=COLUMN, e.g. uncached_input_tokens=tokens_in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="378"/>
        <source>Unknown field &quot;%1&quot; in &quot;%2&quot;; the fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="383"/>
        <source>The field &quot;%1&quot; is mapped twice (&quot;%2&quot; and &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="390"/>
        <source>The mapping needs the &quot;%1&quot; field: add %1=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/columnmapping.cpp" line="448"/>
        <source>This line is not a JSON object: the file is not JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="36"/>
        <source>This line is not UTF-8 text (binary data?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="66"/>
        <source>A quoted field opened on this line is never closed (truncated file?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="33"/>
        <source>This line nests more than %1 levels deep; no usage export does, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="41"/>
        <source>The JSON nests more than %1 levels deep here; no usage export does, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="61"/>
        <source>The JSON ends before it is complete (the file may be truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="62"/>
        <source>This is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="140"/>
        <source>expected a non-negative whole number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="155"/>
        <source>expected text, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="170"/>
        <source>expected an amount in USD, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="186"/>
        <source>expected an ISO 8601 time or epoch number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/fields.cpp" line="203"/>
        <source>expected true or false, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/formatregistry.cpp" line="89"/>
        <source>The format of this file was not recognised. Tried: %1. For a CSV or JSON Lines file of your own, map its columns to the event fields (Map Columns… in the import dialog, --map FIELD=COLUMN on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="226"/>
        <source>expected an object of usage counts (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="229"/>
        <source>expected an object of costs in USD (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="256"/>
        <source>expected a duration in seconds, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="310"/>
        <source>Langfuse observations export (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="354"/>
        <source>This is not a Langfuse observations export: expected an array of observations with id, traceId and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="357"/>
        <location filename="../core/ingest/langfuseformats.cpp" line="370"/>
        <source>expected an observation object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="399"/>
        <source>Langfuse observations export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="427"/>
        <source>The file is empty: there is no header row and no observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="441"/>
        <source>The header row has no &quot;%1&quot; column. A Langfuse observations export needs at least id, type and startTime; columns found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/langfuseformats.cpp" line="473"/>
        <source>The file has a header row but no observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="52"/>
        <source>This is not a %1 export: its first row has no &quot;%2&quot; key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="72"/>
        <source>The file is empty: there is no header row and no usage to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="85"/>
        <source>The header row has no &quot;%1&quot; column, so this is not a %2 export. Columns found: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="109"/>
        <source>The file has a header row but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="143"/>
        <source>Each line must be one JSON object (one row of the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="155"/>
        <location filename="../core/ingest/litellmformats.cpp" line="288"/>
        <source>The file is empty: there is no usage to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="237"/>
        <source>This is not a %1 export: expected a JSON array of rows, an object with a &quot;data&quot; array of rows, or JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="241"/>
        <source>The file holds no rows: there is no usage to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="251"/>
        <source>Expected a JSON object (one row of the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="290"/>
        <source>This is binary data, not a %1 export (CSV or JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="349"/>
        <source>expected a JSON array of tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="349"/>
        <source>expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="416"/>
        <source>expected True or False, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="423"/>
        <source>expected &quot;success&quot; or &quot;failure&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="452"/>
        <source>%1 cached tokens cannot be part of prompt_tokens (%2): cached tokens are counted in prompt_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="458"/>
        <source>%1 reasoning tokens cannot be part of completion_tokens (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="608"/>
        <source>LiteLLM SpendLogs (CSV or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/litellmformats.cpp" line="625"/>
        <source>LiteLLM daily spend tables (CSV or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/mappingstore.cpp" line="82"/>
        <source>A saved mapping has no &quot;fields&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/mappingstore.cpp" line="87"/>
        <source>The saved column of the field &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/mappingstore.cpp" line="97"/>
        <source>The saved delimiter &quot;%1&quot; is not one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="178"/>
        <source>This is not an OpenTelemetry trace export: the JSON object has no &quot;resourceSpans&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="180"/>
        <source>This line is not a trace request: it has no &quot;resourceSpans&quot; (metrics or logs?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="205"/>
        <source>This is not valid JSON in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="252"/>
        <source>expected a %1-byte id in hex or base64, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="272"/>
        <location filename="../core/ingest/otlpformat.cpp" line="279"/>
        <source>expected nanoseconds since 1970 as a whole number, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="283"/>
        <source>the span ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="288"/>
        <source>expected 0, 1, 2 or STATUS_CODE_UNSET, STATUS_CODE_OK, STATUS_CODE_ERROR, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="347"/>
        <source>This is binary data, not OpenTelemetry JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="363"/>
        <source>The file is empty: there is no trace to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpformat.cpp" line="376"/>
        <source>OpenTelemetry traces, OTLP/JSON (GenAI and OpenInference spans; collector file export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/collector.cpp" line="38"/>
        <source>%1 tokens is beyond what one event can hold (0 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/collector.cpp" line="45"/>
        <source>%1 calls is beyond what one event can hold (0 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/collector.cpp" line="53"/>
        <source>A cost of more than $%1 for one event is beyond what one event can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="69"/>
        <source>expected a non-negative whole number, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="82"/>
        <source>expected an ISO 8601 time or epoch seconds, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="120"/>
        <source>The file is empty: there is no header row and no usage data to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="126"/>
        <source>The header row has no &quot;%1&quot; column, which the %2 has; columns found: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="131"/>
        <source>The header row has neither a &quot;start_time&quot; nor a &quot;start_time_iso&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="169"/>
        <source>The file has a header row but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="198"/>
        <source>OpenAI dashboard activity export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="246"/>
        <source>expected TRUE or FALSE, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="252"/>
        <source>%1 uncached input tokens are more than the %2 input tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="258"/>
        <location filename="../core/ingest/openaiformats.cpp" line="287"/>
        <source>%1 cached input tokens are more than the %2 input tokens that include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="263"/>
        <source>%1 uncached + %2 cached input tokens do not add up to the %3 input tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="269"/>
        <location filename="../core/ingest/openaiformats.cpp" line="292"/>
        <source>%1 audio input tokens are more than the %2 input tokens that include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="274"/>
        <location filename="../core/ingest/openaiformats.cpp" line="297"/>
        <source>%1 audio output tokens are more than the %2 output tokens that include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="295"/>
        <source>OpenAI dashboard cost export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="320"/>
        <source>expected a decimal amount, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaicsvformats.cpp" line="324"/>
        <location filename="../core/ingest/openaiformats.cpp" line="358"/>
        <source>only amounts in USD can be imported, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="82"/>
        <source>This is not a page of the %1: expected an object with a &quot;data&quot; array of buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="99"/>
        <source>expected a bucket object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="108"/>
        <source>expected an array of results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="123"/>
        <source>expected a result object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="131"/>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;: this file holds other results than the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="161"/>
        <source>This file is binary data, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="168"/>
        <source>This is not JSON: the %1 comes as a page object, an array of pages or one page per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="221"/>
        <source>The file holds an empty list: there are no pages to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="250"/>
        <source>OpenAI Usage API (completions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="325"/>
        <source>OpenAI Costs API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/openaiformats.cpp" line="349"/>
        <source>expected an object with value and currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="118"/>
        <source>an array or key-value list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="123"/>
        <source>no usable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="374"/>
        <source>the total of %1 tokens is less than the %2 completion tokens it includes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="385"/>
        <source>%1 cache-read tokens exceed the %2 input tokens (%3) that include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="391"/>
        <source>%1 cache-write plus %2 cache-read tokens exceed the %3 input tokens (%4) that include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="398"/>
        <source>%1 reasoning tokens exceed the %2 output tokens (%3) that include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="410"/>
        <source>this span states token usage but names no model (gen_ai.response.model, gen_ai.request.model or llm.model_name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpreader.cpp" line="33"/>
        <location filename="../core/ingest/otlpreader.cpp" line="169"/>
        <location filename="../core/ingest/otlpreader.cpp" line="296"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpreader.cpp" line="35"/>
        <location filename="../core/ingest/otlpreader.cpp" line="179"/>
        <location filename="../core/ingest/otlpreader.cpp" line="251"/>
        <location filename="../core/ingest/otlpreader.cpp" line="307"/>
        <location filename="../core/ingest/otlpreader.cpp" line="362"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpreader.cpp" line="37"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpreader.cpp" line="45"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpreader.cpp" line="271"/>
        <source>a number or status name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpreader.cpp" line="282"/>
        <source>nanoseconds as a decimal string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ingest::Focus</name>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="79"/>
        <source>FOCUS cost and usage (CSV, FOCUS 1.0–1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="100"/>
        <source>The file is empty: there is no header row and no costs to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="108"/>
        <source>The header row has no &quot;%1&quot; column, which every FOCUS file has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="139"/>
        <source>Import canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="144"/>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="154"/>
        <source>expected an ISO 8601 date and time, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="162"/>
        <source>expected a decimal amount, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="179"/>
        <source>expected a whole number of tokens, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/focusformat.cpp" line="198"/>
        <source>expected a JSON object, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ingest::JsonDocuments</name>
    <message>
        <location filename="../core/ingest/jsondocuments.cpp" line="155"/>
        <source>The file is empty: there is no usage data to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsondocuments.cpp" line="169"/>
        <source>This file holds binary data, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsondocuments.cpp" line="183"/>
        <source>This line is binary data, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsondocuments.cpp" line="195"/>
        <source>This line is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsondocuments.cpp" line="196"/>
        <source>This line is not valid JSON (the file may be truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/jsondocuments.cpp" line="210"/>
        <source>Import canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../core/live/exposition.cpp" line="150"/>
        <source>%1 line without a valid metric name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="160"/>
        <source>Unknown metric type &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="163"/>
        <source>Second TYPE line for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="165"/>
        <source>TYPE line for %1 after its samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="207"/>
        <source>A sample line must start with a metric name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="226"/>
        <source>%1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="227"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="235"/>
        <source>%1: the timestamp &quot;%2&quot; is not whole milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="256"/>
        <source>Expected a label name or &quot;}&quot; at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="264"/>
        <source>Expected &quot;=&quot; after label %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="271"/>
        <source>The value of label %1 must be in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="293"/>
        <source>The value of label %1 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="298"/>
        <source>Label %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="313"/>
        <source>Expected &quot;,&quot; or &quot;}&quot; after label %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="361"/>
        <source>Binary data, not the Prometheus text format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="366"/>
        <source>HTML or XML, not the Prometheus text format (is this the /metrics path?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/exposition.cpp" line="382"/>
        <source>Not the Prometheus text format: no line could be read (first problem: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="53"/>
        <source>Not a Prometheus API answer (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="58"/>
        <source>Prometheus refused the query (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="61"/>
        <source>Not a Prometheus API answer: no &quot;status&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="71"/>
        <source>A scalar result that is not [time, &quot;value&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="76"/>
        <source>Unsupported result type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="90"/>
        <source>Series %1 has a value that is not [time, &quot;number&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="101"/>
        <source>vLLM prompt tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="103"/>
        <source>vLLM generated tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="105"/>
        <source>vLLM requests running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="107"/>
        <source>vLLM requests waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="109"/>
        <source>vLLM KV-cache usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="111"/>
        <source>vLLM prefix-cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="115"/>
        <source>vLLM time to first token, p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="118"/>
        <source>vLLM inter-token latency, p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="121"/>
        <source>TGI generated tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="123"/>
        <source>TGI queue size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="125"/>
        <source>LiteLLM spend per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="127"/>
        <source>LiteLLM remaining team budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/promapi.cpp" line="129"/>
        <source>OpenCost GPU cost per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/live/scrapefeed.cpp" line="83"/>
        <source>%n malformed line(s) skipped; first: line %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/live/scrapefeed.cpp" line="90"/>
        <source>more series than the window keeps: %1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/credentialstore.cpp" line="118"/>
        <source>The keychain refused to read the credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/credentialstore.cpp" line="158"/>
        <source>The keychain refused to store the credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Live::BoundedGet</name>
    <message>
        <location filename="../core/live/boundedget.cpp" line="93"/>
        <source>no complete response within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/boundedget.cpp" line="96"/>
        <source>response larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/boundedget.cpp" line="104"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/boundedget.cpp" line="113"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/boundedget.cpp" line="115"/>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/live/boundedget.cpp" line="116"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Live::ScrapeFeed</name>
    <message>
        <location filename="../core/live/scrapefeed.cpp" line="76"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveAlertsWidget</name>
    <message>
        <location filename="../views/livealertswidget.cpp" line="29"/>
        <source>all cost centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="31"/>
        <source>%1 % of %2&apos;s budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="34"/>
        <source>month end forecast over %1 % of %2&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="37"/>
        <source>spend rate ≥ %1 × baseline (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="40"/>
        <source>input token rate ≥ %1 × baseline (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="60"/>
        <source>Alerts for cost center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="63"/>
        <source>The cost center this feed spends for: its monthly budget and alert rules (Budgets page) are judged on the feed&apos;s live spend rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="67"/>
        <source>Spent now = month-to-date list cost of the cost center&apos;s logged calls + live spend rate × hours since the last logged call.
Projected = spent now + live spend rate × hours left in the month (UTC).
Baseline = median hourly list cost over the hours with calls in the 30 days before the last logged call (idle hours left out).
Rules: budget_percent fires when spent now ≥ threshold × budget; forecast_breach when projected &gt; threshold × budget; spend_spike when live $/h ÷ baseline ≥ ratio; token_spike when live prompt tokens/h ÷ baseline input tokens/h ≥ ratio (3 × for all cost centers unless the workspace has its own rule, as in the exported Prometheus rules; a spend spike needs at least $1/h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="82"/>
        <source>Since (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="82"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="82"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="82"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="83"/>
        <source>When the condition began to hold (it leaves the list when it clears).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="84"/>
        <source>Spent now or projected month end in USD; a ratio for spikes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="85"/>
        <source>Threshold × budget in USD; the ratio for spikes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="125"/>
        <source>Open a workspace with budgets to judge the feed against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="165"/>
        <source>Budgets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="208"/>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="208"/>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="209"/>
        <source>logged this month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="211"/>
        <source>spent now ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="211"/>
        <source>projected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="213"/>
        <source>no live spend rate (a LiteLLM gateway feed has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livealertswidget.cpp" line="215"/>
        <source>baseline %1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/livealertswidget.cpp" line="216"/>
        <source>%n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/livealertswidget.cpp" line="236"/>
        <source>&lt;b&gt;%n alert(s)&lt;/b&gt;: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCredentialsWidget</name>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="21"/>
        <source>No authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="21"/>
        <source>Basic auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="21"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="22"/>
        <source>How the feed (or the Prometheus server) wants to be asked. The password or token is kept in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager), never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="27"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="28"/>
        <source>Basic auth user name; sent as Authorization: Basic base64(user:password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="32"/>
        <source>The password (basic auth) or the token (sent as Authorization: Bearer &lt;token&gt;). Stored in the OS keychain when you connect; never written to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="55"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="55"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="157"/>
        <source>No OS keychain available: credentials are used for this session only and saved nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="159"/>
        <source>The keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="161"/>
        <source>Kept in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livecredentialswidget.cpp" line="163"/>
        <source>Saved to the OS keychain on Connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../views/livepage.cpp" line="71"/>
        <location filename="../views/livepage.cpp" line="145"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="75"/>
        <location filename="../views/livepage.cpp" line="244"/>
        <source>http://gpu-node:8000/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="77"/>
        <source>A Prometheus /metrics endpoint: vLLM, TGI, a LiteLLM proxy or OpenCost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="80"/>
        <location filename="../views/livepage.cpp" line="85"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="81"/>
        <source>Seconds between scrapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="86"/>
        <source>How long a scrape or query may take from its start to its last byte: a server that never answers, or answers a byte at a time, is given up after this (answers over 50 MB are refused at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="93"/>
        <location filename="../views/livepage.cpp" line="466"/>
        <source>/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="94"/>
        <source>OpenCost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="95"/>
        <source>What the deployment costs per hour (GPU rental or TCO: depreciation, power, hosting, operations). At $0 the page uses OpenCost&apos;s node_gpu_hourly_cost when the feed has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="98"/>
        <source>The API model whose price the self-hosted cost is compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="106"/>
        <location filename="../views/livepage.cpp" line="391"/>
        <location filename="../views/livepage.cpp" line="397"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="107"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="109"/>
        <source>Freeze the chart (scraping goes on); zoom with the mouse wheel or by dragging a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="111"/>
        <source>/metrics endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="112"/>
        <source>Prometheus server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="113"/>
        <source>A server&apos;s own /metrics (scraped here), or a Prometheus server that already scrapes it (asked through its HTTP API with PromQL presets for vLLM, LiteLLM and OpenCost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="117"/>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="119"/>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="121"/>
        <source>Deployment cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="123"/>
        <source>compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="125"/>
        <location filename="../views/livepage.cpp" line="302"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="127"/>
        <source>Write every scrape into the open workspace as time series, to compare this session with the usage logs later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="137"/>
        <source>Not connected. Enter the /metrics URL of a vLLM, TGI, LiteLLM or OpenCost server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="147"/>
        <source>PromQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="149"/>
        <source>Recorded sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="152"/>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="153"/>
        <source>Prompt + generated tokens per second over the last minute, from the counters&apos; increase (restarts counted from zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="156"/>
        <source>$ per 1M tokens now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="157"/>
        <source>Deployment $/hour ÷ (tokens/s × 3600) × 1,000,000: what a million tokens costs at the current utilisation. Beside it: the API model&apos;s price for the same prompt : generation mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="160"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="160"/>
        <source>Requests running now; waiting in the queue below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="161"/>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="162"/>
        <source>Share of the KV cache in use; below: prefix-cache hit rate (hits ÷ queries over the last 5 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="164"/>
        <source>Time to first token p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="165"/>
        <source>95th percentile of the time to first token over the last minute, interpolated inside the histogram&apos;s buckets (as PromQL&apos;s histogram_quantile); below: the inter-token latency p95.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="168"/>
        <source>Gateway spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="169"/>
        <source>A LiteLLM proxy&apos;s spend per hour over the last minute; below: the budget remaining over its teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="177"/>
        <source>Tokens per second and $ per 1M tokens (last 15 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="179"/>
        <source>prompt tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="181"/>
        <source>generated tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="183"/>
        <source>$ per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="185"/>
        <source>gateway spend $/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="188"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="190"/>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="193"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="244"/>
        <source>http://prometheus:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="252"/>
        <source>Recording stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="255"/>
        <source>Recording (%L1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="295"/>
        <source>Open a workspace to record into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="343"/>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="360"/>
        <location filename="../views/livepage.cpp" line="371"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="361"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="372"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="398"/>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="412"/>
        <source>&lt;b&gt;Up&lt;/b&gt; · %1 (%2) · last scrape %3 UTC in %4 ms · %5 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="418"/>
        <source>%1 of %2 scrapes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="424"/>
        <source>&lt;b&gt;Down&lt;/b&gt; since %1 UTC · %2 · last scrape failed: %3 at %4 UTC · %5 of %6 scrapes failed · retrying every %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="455"/>
        <source>%1 prompt · %2 generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="458"/>
        <source>%1 on %2 (same mix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="460"/>
        <source>enter the deployment&apos;s $/hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="461"/>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="462"/>
        <source>prefix hits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="463"/>
        <location filename="../views/livepage.cpp" line="465"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="464"/>
        <source>inter-token p95 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="467"/>
        <source>%1 budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="558"/>
        <source>&lt;b&gt;Down&lt;/b&gt; since %1 UTC · %2 · last query failed: %3 at %4 UTC · %5 of %6 rounds of queries failed · retrying every %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/livepage.cpp" line="570"/>
        <source>&lt;b&gt;Up&lt;/b&gt; · Prometheus server %1 (%2 metrics found) · last answer %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="61"/>
        <source>Inferometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="45"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="46"/>
        <source>Spend, KPIs and trends for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="47"/>
        <source>Cost centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="48"/>
        <source>Spend and KPIs per cost center, team, owner, key and model, against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="51"/>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="52"/>
        <source>Spend spikes, shadow spend, agent loops, retry storms, context bloat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="54"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="55"/>
        <source>Built-in and workspace prices per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="57"/>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="58"/>
        <source>Rules that give calls a cost center, team and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="60"/>
        <source>Billing check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="61"/>
        <source>Reported cost against list cost, per model and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="63"/>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="64"/>
        <source>Monthly budgets per cost center: forecast, alerts, circuit breaker, Prometheus rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="67"/>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="68"/>
        <source>AI FinOps maturity level, its criteria and the next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="70"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="71"/>
        <source>Prometheus feeds of self-hosted servers and gateways: tokens/s, $ per 1M tokens now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="74"/>
        <source>Prompt editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="75"/>
        <source>Live token counts for several tokenizers, cost per call and month, caching, findings, rewrites with a diff, saved prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="79"/>
        <source>Model A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="80"/>
        <source>Your GGUF model in Q8_0 against Q4_0 on your GPU: tokens/s, perplexity, KL divergence, $ per 1M tokens, saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="84"/>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pagetable.cpp" line="85"/>
        <source>What caching, routing or self-hosting would save on your own traffic: scenarios, break-even, sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="79"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="111"/>
        <source>%1 (read-only) — Inferometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>%1 — Inferometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>Read-only: %1. Everything can be viewed and exported; importing, re-pricing and editing rules, budgets or scenarios need a copy you can write (File ▸ Open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="136"/>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>Export Page as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Every page is also reachable with Tab and the arrow keys; right-click (or the Menu key) on a chart or table to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236"/>
        <source>no workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="238"/>
        <source>Workspace %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="239"/>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="296"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="297"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="298"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="299"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="300"/>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="302"/>
        <source>&amp;Import Usage Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="306"/>
        <source>Import usage logs: provider exports, traces, canonical JSONL or CSV, or any CSV or JSON Lines through a column mapping (or drop files on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="308"/>
        <source>Import &amp;Sample File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="317"/>
        <source>%1: what this format looks like, previewed before it is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="320"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="321"/>
        <source>&amp;FOCUS 1.2 CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="322"/>
        <source>The window&apos;s period as FOCUS 1.2, the FinOps Foundation&apos;s cost-and-usage format that cost platforms import: one row per day, provider, model, token kind, price tier and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="325"/>
        <source>&amp;Chargeback Statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="326"/>
        <source>A month&apos;s statement per cost center, with a share of the spend nobody owns, as CSV and one PDF per cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="329"/>
        <source>Export Page as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>The page in front as a one-page PDF, headed by its name, the workspace and the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="333"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="335"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="347"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="352"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="359"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="362"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="363"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="365"/>
        <source>&amp;About Inferometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="366"/>
        <source>About Inferometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="367"/>
        <source>&lt;b&gt;Inferometer %1&lt;/b&gt;&lt;p&gt;A workbench for the economics of LLM deployments: spend by cost center, cost per task and per successful outcome, rework and token waste.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="410"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="431"/>
        <source>Generating the demo workspace: 90 days of a mid-size company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="436"/>
        <location filename="../app/mainwindow.cpp" line="442"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="442"/>
        <source>%1 already exists; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="450"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="458"/>
        <location filename="../app/mainwindow.cpp" line="462"/>
        <location filename="../app/mainwindow.cpp" line="530"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="458"/>
        <location filename="../app/mainwindow.cpp" line="530"/>
        <source>Open or create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="463"/>
        <source>This workspace is open read-only (%1): importing needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="474"/>
        <source>Import usage files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="476"/>
        <source>Usage logs (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maturity</name>
    <message>
        <location filename="../core/maturity/evidence.cpp" line="29"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="83"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="84"/>
        <source>Oldest to latest window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="102"/>
        <source>Not covered: %1, %2 in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="103"/>
        <location filename="../core/maturity/maturity.cpp" line="188"/>
        <location filename="../core/maturity/steps.cpp" line="26"/>
        <source>(unattributed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/maturity/maturity.cpp" line="125"/>
        <source>over the last %n day(s) of data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="128"/>
        <source>Spend attributed to a cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="129"/>
        <source>Share of list cost whose calls name a cost center (from the source or an attribution rule), %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="140"/>
        <source>Unattributed key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="143"/>
        <source>Spend with an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="144"/>
        <source>Share of list cost whose calls name a budget owner, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="154"/>
        <source>API keys with an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="155"/>
        <source>Share of the API keys used %1 whose every call names an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="158"/>
        <source>Without an owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="160"/>
        <source>Calls with a known price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="161"/>
        <source>Share of calls whose model has a price in the catalog (unpriced calls are invisible spend), %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="167"/>
        <source>Calls with a task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="168"/>
        <source>Share of calls that carry a task id, so that cost per task can be computed, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="170"/>
        <source>Tasks with an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="171"/>
        <source>Share of tasks whose calls state an outcome (accepted, rework or rejected), so that CPSO can be computed, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="175"/>
        <source>Cache hit rate on cacheable prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="176"/>
        <source>Cache reads / input tokens of calls whose prompt reaches the model&apos;s minimum cacheable size (price catalog; 1,024 tokens where it states none) on models whose cache reads are cheaper than input, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="187"/>
        <source>%1: %2 of %3 cacheable input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="200"/>
        <source>%1: %2 of %3 calls on small models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="202"/>
        <source>Routine work on small models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="203"/>
        <source>Share of the calls of routine workflows (projects, or keys without one, averaging ≤ %1 output + reasoning tokens per call) that go to small models (input list price ≤ %2 per 1M tokens), %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="211"/>
        <source>Rework rate low or falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/maturity/maturity.cpp" line="212"/>
        <source>Rework rate (cost of attempts after the first / cost of task calls) in the last %n day(s), at most 10% or lower than in the window before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="218"/>
        <source>Window before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="222"/>
        <source>Spend under a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="223"/>
        <source>Share of list cost, %1, in cost centers that have a monthly budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="228"/>
        <source>This workspace has no budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="230"/>
        <source>Spend under an alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="231"/>
        <source>Share of list cost, %1, in cost centers covered by an enabled alert rule (workspace-wide or scoped to the cost center).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="244"/>
        <source>This workspace has no alert rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="256"/>
        <source>Cascades visible in the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="257"/>
        <source>Share of tasks, %1, in which a call on a small model is followed by a call on a pricier model (a cascade escalating from a small model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="261"/>
        <source>No runaway tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="262"/>
        <source>Most calls made by one task %1; a circuit breaker keeps every task at or below %2 calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="269"/>
        <source>Largest task: %1, %2 calls, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="274"/>
        <source>Budgets held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="275"/>
        <source>Share of budgeted cost centers whose spend, per month (%1 × 30 / days), stayed within their monthly budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="285"/>
        <source>%1: %2/month against a budget of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="290"/>
        <source>Rework falling for three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/maturity/maturity.cpp" line="291"/>
        <source>Rework rate lower in each of the last three %n-day windows than in the one before; measured: change from the oldest to the latest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="295"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="296"/>
        <source>CPSO falling for three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/maturity/maturity.cpp" line="297"/>
        <source>Cost per successful outcome lower in each of the last three %n-day windows than in the one before; measured: change from the oldest to the latest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="300"/>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="327"/>
        <source>Chaos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="329"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="331"/>
        <source>Optimization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="333"/>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="335"/>
        <source>Autonomous governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="344"/>
        <source>Separate keys per department, no visibility into spend: shadow AI spend is the norm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="346"/>
        <source>Spend is monitored and attributed, but anomalies are handled by hand and waste is only seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="348"/>
        <source>Context caching is active, small models handle routine work, rework is declining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="350"/>
        <source>Budgets, alerts, cascades and circuit breakers distribute and guard the workload automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="353"/>
        <source>The system keeps its own budgets and drives rework and cost per successful outcome down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="366"/>
        <source>≤ or falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/maturity.cpp" line="368"/>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/maturity/steps.cpp" line="95"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="97"/>
        <source>Raise prompt caching in %1 from a %2% hit rate to %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="101"/>
        <source>Turn on prompt caching for %1 (a %2% hit rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="105"/>
        <source>%1: %2 input tokens a month in prompts long enough to cache (%3), the extra cache reads billed at the cache-read rate (cache writes not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="134"/>
        <source>Try a small model for the routine calls of %1 (%2): %3 calls a month on %4, none on a small model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="149"/>
        <source>Move the routine calls of %1 (%2) from %3 to %4: %5 calls a month costing %6 would cost %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/maturity/steps.cpp" line="191"/>
        <source>Attribute the %n unclaimed API key(s) (%1) to cost centers with attribution rules: %2 a month of shadow spend becomes visible.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/maturity/steps.cpp" line="194"/>
        <source>Name a budget owner for the %n API key(s) without one (%1): %2 a month has no owner.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="208"/>
        <source>Add prices for %1 (Prices page or prices --import): %2 calls a month are not counted in any cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="223"/>
        <source>Send a task id with the calls of %1: %2 calls a month cannot be counted per task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="224"/>
        <source>Record the outcome (accepted, rework, rejected) of the tasks of %1: %2 tasks a month have no outcome, so CPSO leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="244"/>
        <source>Cut rework in %1 (%2% of its task cost, %3 a month): halving it saves %4 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="264"/>
        <source>Set monthly budgets for %1 (together %2 a month now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="265"/>
        <source>Add spend alert rules (spikes, shadow spend) for %1 (together %2 a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="271"/>
        <source>Route through a cascade: start routine tasks on a small model and escalate to a larger one only when its answer is not good enough (see the routing steps for what it saves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="288"/>
        <source>Add a circuit breaker that stops a task after %1 calls: %2 ran past it; the calls beyond the cap cost %3 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="298"/>
        <source>Set budgets first, then keep each cost center within its budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="299"/>
        <source>Bring the cost centers over budget back within it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="306"/>
        <source>Review rework every month (prompts, retrieval, model choice) until it falls three months in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/maturity/steps.cpp" line="309"/>
        <source>Review cost per successful outcome every month and move tasks to the cheapest model that keeps them accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaturityPage</name>
    <message>
        <location filename="../views/maturitypage.cpp" line="33"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="50"/>
        <source>&lt;p&gt;Not measurable: the workspace holds no data for it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="69"/>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="78"/>
        <source>Could not diagnose maturity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="87"/>
        <source>Criteria are measured over the window&apos;s period, within the days that hold data; trends compare three windows of its length. Savings per month = the period&apos;s amount × 30 / its days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="107"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="109"/>
        <source>Level %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="121"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="121"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="121"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="121"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="122"/>
        <source>Value measured in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="123"/>
        <source>What the level asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="152"/>
        <source>Sum of the savings estimated for the steps to the next level, per month (the window&apos;s amount × 30 / its days). Steps without an estimate add visibility, not savings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/maturitypage.cpp" line="202"/>
        <source>Measured %1 – %2 (UTC), %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="204"/>
        <source>No calls in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="205"/>
        <source>No calls in this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="223"/>
        <source>Level %1 reached, &lt;b&gt;%2&lt;/b&gt;: %3 Next: %4, %5 of %6 criteria met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="228"/>
        <source>Level %1 reached, &lt;b&gt;%2&lt;/b&gt;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="243"/>
        <source>Level %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="244"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="246"/>
        <source>Criteria of this level met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="259"/>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="261"/>
        <source>≤ %1 or falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="288"/>
        <source>Top level reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="292"/>
        <source>Next level: %1 — steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="303"/>
        <source>%1/mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/maturitypage.cpp" line="306"/>
        <source>Savings per month estimated from this workspace&apos;s last %n day(s) × 30 / days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="309"/>
        <source>visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="311"/>
        <source>No direct savings: this step makes spend measurable or governed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="318"/>
        <source>No steps: every criterion of the next level is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/maturitypage.cpp" line="322"/>
        <source>Estimated savings: %1 per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../views/ab/modelpicker.cpp" line="43"/>
        <source>A .gguf file: browse, drop or type its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/modelpicker.cpp" line="44"/>
        <source>A GGUF model file; the files used lately are in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/modelpicker.cpp" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/modelpicker.cpp" line="47"/>
        <source>Choose a GGUF model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ab/modelpicker.cpp" line="55"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputConstraintsBox</name>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="16"/>
        <source>Output constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="18"/>
        <source>&quot;The cheapest token is the one never generated&quot;: a length cap or a JSON schema stops the model from writing explanations around the answer. The saving is an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="24"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="25"/>
        <source>How long the answers run today, per call (from your logs, or a guess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="26"/>
        <source>Answers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="29"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="30"/>
        <source>A max_tokens cap on every answer (0: none). An answer cut off mid-way may need a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="31"/>
        <source>max_tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="33"/>
        <source>JSON schema of the answer (structured output), e.g. {&quot;type&quot;:&quot;object&quot;,&quot;properties&quot;:{&quot;answer&quot;:{&quot;type&quot;:&quot;string&quot;,&quot;maxLength&quot;:300}}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="37"/>
        <source>The schema the answer must follow. Its size is estimated from a compact instance of it counted with the pricing tokenizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="39"/>
        <source>JSON schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="76"/>
        <source>Waiting for a tokenizer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="92"/>
        <source>Estimate: %1 → %2 output tokens per call (−%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="97"/>
        <source>, ≈ %1 per month at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outputconstraintsbox.cpp" line="100"/>
        <source>Saved output tokens × output price × requests per month. An estimate: answers are not known in advance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../views/overviewpage.cpp" line="80"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="89"/>
        <source>Could not compute the overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="129"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="130"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="131"/>
        <source>Cost per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="133"/>
        <source>CPSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="134"/>
        <source>Rework rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="135"/>
        <source>Token efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="137"/>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="155"/>
        <source>&lt;h2&gt;This workspace has no calls yet&lt;/h2&gt;&lt;p&gt;Import your providers&apos; usage or cost exports, gateway logs or traces, or explore the demo company&apos;s 90 days first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="163"/>
        <source>Import Usage Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="165"/>
        <source>Provider exports, traces, canonical JSONL or CSV (Ctrl+I), or drop files on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="167"/>
        <source>Open Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="168"/>
        <source>Northwind Analytics: 90 days of a mid-size company&apos;s LLM usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="184"/>
        <source>Spend per day by cost center (list cost, USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="190"/>
        <source>Hover a band to see a day&apos;s spend of that cost center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="203"/>
        <source>&lt;b&gt;Top models&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="221"/>
        <source>&lt;b&gt;Top cost centers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="267"/>
        <source>%1 – %2 (UTC) · %3 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="267"/>
        <source>No calls yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="272"/>
        <source>reported by providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/overviewpage.cpp" line="273"/>
        <source>This period holds only costs that providers reported (%1 in %n cost row(s)), no token-level calls: the spend shown is what they billed. Calls, tokens, cost per task, CPSO, rework and caching need a usage export (File ▸ Import Usage Files…).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="281"/>
        <source>reported by sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="282"/>
        <source>list prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="286"/>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="288"/>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="290"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="292"/>
        <source>%1 on re-runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="294"/>
        <source>waste %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/overviewpage.cpp" line="296"/>
        <source>%1 cached tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/overviewpage.cpp" line="300"/>
        <source>&lt;b&gt;%n call(s) have no known price&lt;/b&gt; and are not in these totals (never counted as $0): %1. &lt;a href=&quot;prices&quot;&gt;Add their prices&lt;/a&gt;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../views/periodbar.cpp" line="38"/>
        <source>Period shown on every analysis page; relative periods end on the day of the workspace&apos;s last call. Remembered for each workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="40"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="41"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="42"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="43"/>
        <source>Last month (calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="44"/>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="45"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="54"/>
        <source>First day (UTC), included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="55"/>
        <source>Last day (UTC), included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="143"/>
        <source>&lt;b&gt;No calls from %1 to %2.&lt;/b&gt; This workspace&apos;s calls run from %3 to %4 (UTC). &lt;a href=&quot;all&quot;&gt;Show all data&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/periodbar.cpp" line="154"/>
        <source>%1: %2 to %3 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="48"/>
        <source>Run %1: %2 %3 on %4, %5 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="71"/>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="74"/>
        <source>The workspace&apos;s traffic over the window&apos;s period, within the days that hold data; amounts per month = the period&apos;s amount × 30.4375 / its days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="89"/>
        <source>What a context cache saves: the hit rate simulated on arrivals, writes and storage included, and every workflow&apos;s realized and potential savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="91"/>
        <source>What routing or a cascade to a small model saves per task class, correction labour included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="92"/>
        <source>API against a self-hosted server: $ per 1M tokens by utilization, break-even volume, sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="115"/>
        <source>Could not read the workspace&apos;s traffic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="179"/>
        <source>%1 – %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/plannerpage.cpp" line="183"/>
        <source>no calls in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planning::BreakEven</name>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="49"/>
        <source>Hardware price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="50"/>
        <source>Depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="51"/>
        <source>GPU rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="52"/>
        <source>Power draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="53"/>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="54"/>
        <source>Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="55"/>
        <source>MLOps share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="56"/>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="57"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="58"/>
        <source>Monthly tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="59"/>
        <source>API spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="80"/>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="83"/>
        <source>Give the hardware&apos;s price or a GPU&apos;s hourly rent: a server that costs nothing breaks even at any volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="86"/>
        <source>Depreciation must be more than 0 and at most 20 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="88"/>
        <source>Power draw must be between 0 and 100,000 W per server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="90"/>
        <source>Electricity above $10 per kWh is not a real tariff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="92"/>
        <source>Utilization must be more than 0% and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="94"/>
        <source>Throughput must be more than 0 tokens per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="102"/>
        <source>The monthly token volume must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/breakeven.cpp" line="104"/>
        <source>The API&apos;s monthly charge must be more than $0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planning::Routing</name>
    <message>
        <location filename="../core/planning/routing.cpp" line="53"/>
        <source>Classification and routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="55"/>
        <source>Extraction and NER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="57"/>
        <source>Support bot, FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="61"/>
        <source>Complex analytics, reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="68"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="70"/>
        <source>Extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="72"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="76"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="175"/>
        <source>The routed share must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="177"/>
        <source>The confidence threshold must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="179"/>
        <source>The escalation rate must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="181"/>
        <location filename="../core/planning/routing.cpp" line="208"/>
        <source>The correction rate must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="183"/>
        <source>The small model&apos;s prices cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="186"/>
        <source>Choose the small model, or give its price: a model that costs nothing saves everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="189"/>
        <source>A correction&apos;s cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="191"/>
        <source>The expected savings must be a range within 0% to 100%, low before high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="202"/>
        <source>Outcomes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="204"/>
        <source>Token counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/routing.cpp" line="206"/>
        <source>Spend cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planning::Traffic</name>
    <message>
        <location filename="../core/planning/traffic.cpp" line="139"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/traffic.cpp" line="122"/>
        <source>(untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/traffic.cpp" line="295"/>
        <source>No price for %1: nothing to save in dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/traffic.cpp" line="311"/>
        <source>%1 has no prompt cache the planner models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/traffic.cpp" line="313"/>
        <source>Only %n call(s): too few to replay their arrivals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/traffic.cpp" line="319"/>
        <source>Its calls already cache more than one prefix they all share (a context that grows within a task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/planning/traffic.cpp" line="322"/>
        <source>A %1-token prefix is below %2&apos;s minimum of %3 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="43"/>
        <source>Tokens in Inferometer&apos;s six non-overlapping buckets, whatever the source&apos;s convention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="45"/>
        <source>What the source itself says the call cost, when it says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="47"/>
        <source>Computed from the price catalog valid at the call&apos;s time; &quot;unpriced&quot; when the model has no price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="52"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="52"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="52"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="53"/>
        <source>Cost
center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="53"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="53"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="53"/>
        <source>Uncached
input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="54"/>
        <source>Cache
read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="54"/>
        <source>Cache
write 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="54"/>
        <source>Cache
write 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="54"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="55"/>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="55"/>
        <source>Reported
cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="55"/>
        <source>List
cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/previewmodel.cpp" line="98"/>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="61"/>
        <source>Workspace price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="63"/>
        <source>new-model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="64"/>
        <source>self-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="71"/>
        <source>Add price for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/models/pricetablemodel.cpp" line="86"/>
        <source>Remove %n price(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="117"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="117"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="117"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="117"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="118"/>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="118"/>
        <source>Write 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="118"/>
        <source>Write 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="118"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="119"/>
        <source>Batch ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="119"/>
        <source>Long ctx &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="119"/>
        <source>Min cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="119"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="125"/>
        <source>The price applies to calls from this date (UTC) until the next entry of the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="131"/>
        <source>USD per 1M tokens. Reasoning tokens are billed as output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="133"/>
        <source>Multiplier on every price for calls in the batch tier (0.5 = half price).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="135"/>
        <source>Input tokens per call above which the whole call is billed at the long-context prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="137"/>
        <source>Shortest prompt the provider caches; shorter prompts are silently not cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="139"/>
        <source>Built-in prices ship with Inferometer; workspace prices override them for the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="187"/>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="187"/>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="227"/>
        <source>&quot;%1&quot; is not a price: type USD per 1M tokens, e.g. 2.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="243"/>
        <source>&quot;%1&quot; is not a token count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="253"/>
        <source>A price needs a model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="264"/>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="292"/>
        <source>&quot;%1&quot; is not a multiplier: use e.g. 0.5 for half price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/pricetablemodel.cpp" line="314"/>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <location filename="../views/pricespage.cpp" line="35"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="36"/>
        <source>USD per 1M tokens. A call is priced with the entry of its model valid at its time; workspace prices override the built-in ones for that model. Models with no price are shown as unpriced, never as $0. Saved prices apply to new imports; use &lt;i&gt;Re-price history&lt;/i&gt; to apply them to calls already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="46"/>
        <source>Filter models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="56"/>
        <source>&amp;Add / override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="56"/>
        <source>Add a workspace price (a copy of the selected row, to override it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="58"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="58"/>
        <source>Remove the selected workspace prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="59"/>
        <source>Import &amp;LiteLLM prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="59"/>
        <source>Read LiteLLM&apos;s model_prices_and_context_window.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="62"/>
        <source>Re-price &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="62"/>
        <source>Recompute the list cost of every call already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="63"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="63"/>
        <source>Save the workspace prices (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="109"/>
        <source>Re-pricing canceled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pricespage.cpp" line="106"/>
        <source>Re-priced: %n call(s) changed cost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="144"/>
        <source>Calls to these models have no price, so they are left out of every total: &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;add&quot;&gt;Add workspace prices for them&lt;/a&gt;, then save and re-price history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pricespage.cpp" line="173"/>
        <source>Saved %n workspace price(s). New imports use them; re-price history to apply them to calls already imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="184"/>
        <source>Unsaved prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="184"/>
        <source>Save the changed workspace prices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="206"/>
        <source>Built-in prices cannot be removed; add a workspace price to override one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="215"/>
        <source>Import LiteLLM prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="215"/>
        <source>LiteLLM price file (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="220"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pricespage.cpp" line="237"/>
        <source>Import %n LiteLLM price(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/pricespage.cpp" line="239"/>
        <source>Read %n price(s) from %1. Save to keep them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="246"/>
        <source>Re-price history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="247"/>
        <source>Recompute the list cost of every call in this workspace with the current prices? Reported costs are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pricespage.cpp" line="262"/>
        <source>Re-pricing calls…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="43"/>
        <source>The JSON nests more than %1 levels deep here; no price file does, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="112"/>
        <source>The built-in price catalog is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="211"/>
        <source>This is not a price catalog: expected a JSON object with a &quot;models&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="214"/>
        <source>The &quot;models&quot; array is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="219"/>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="221"/>
        <source>Each model entry must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="225"/>
        <source>The model name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="233"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="255"/>
        <location filename="../core/pricing/pricecatalog.cpp" line="263"/>
        <source>Both &quot;input&quot; and &quot;output&quot; prices are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="269"/>
        <source>A long-context threshold needs long-context prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="273"/>
        <location filename="../core/pricing/pricecatalog.cpp" line="349"/>
        <location filename="../core/pricing/pricecatalog.cpp" line="391"/>
        <source>A price is not a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="323"/>
        <source>This is not a LiteLLM price file: expected a JSON object keyed by model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/pricecatalog.cpp" line="405"/>
        <source>No model in this file has both an input and an output price per token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <location filename="../core/prompt/findings.cpp" line="97"/>
        <source>Data written as prose: %1 sentences of the form &quot;The X is Y.&quot;. As JSON or &quot;key: value&quot; lines ({&quot;order_status&quot;: &quot;shipped&quot;}) the connecting words go and the model reads the fields more reliably (heuristic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="105"/>
        <source>Verbose prose: %1 instructions in %2 words of running text. As a bulleted list of short imperatives (one per line, without connectives and hedges) it would be shorter; %3 words here are such connectives (&quot;additionally&quot;, &quot;you should&quot;, &quot;it is&quot;…). Heuristic: a paragraph of 3+ sentences and 45+ words, 3+ of them instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="123"/>
        <source>Repeated instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="125"/>
        <source>Filler phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="127"/>
        <source>Whitespace waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="129"/>
        <source>Verbose prose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="169"/>
        <source>Repeats line %1: &quot;%2&quot;. Saying it twice costs tokens on every call and adds no weight the first time did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="182"/>
        <source>Filler: &quot;%1&quot; tells the model nothing; the instruction works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="183"/>
        <source>Wordy: &quot;%1&quot; says the same as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/findings.cpp" line="191"/>
        <source>Whitespace: %1. Spaces and blank lines are tokens too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/outputconstraints.cpp" line="104"/>
        <source>Answers today: %1 tokens (your figure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/outputconstraints.cpp" line="118"/>
        <source>The JSON schema is not valid JSON (at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/outputconstraints.cpp" line="119"/>
        <source>The JSON schema must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/outputconstraints.cpp" line="120"/>
        <source>JSON schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/outputconstraints.cpp" line="126"/>
        <source>JSON schema: %1 fields; the answer&apos;s structure is %2 tokens (%3 counted on a compact instance with empty strings), plus %4 tokens for %5 string values (maxLength / 4, else %6 each); arrays at maxItems, else %7 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/outputconstraints.cpp" line="140"/>
        <source>max_tokens %1 caps every answer (an answer cut off mid-way may need a retry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/outputconstraints.cpp" line="145"/>
        <source>Estimated saving: %1 − %2 = %3 output tokens per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/promptrepository.cpp" line="34"/>
        <source>A saved prompt needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/promptrepository.cpp" line="98"/>
        <source>There is no saved prompt version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="73"/>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="77"/>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="109"/>
        <source>removed blank lines at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/prompt/rewrites.cpp" line="110"/>
        <source>%n blank line(s) → one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/prompt/rewrites.cpp" line="125"/>
        <source>%n trailing space(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/prompt/rewrites.cpp" line="127"/>
        <source>%n spaces → one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="134"/>
        <source>removed blank lines at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="175"/>
        <location filename="../core/prompt/rewrites.cpp" line="192"/>
        <source>removed repeated &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/prompt/rewrites.cpp" line="241"/>
        <source>moved %n paragraph(s) without variables before the first one with {{%1}}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="249"/>
        <source>moved up: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="288"/>
        <source>Deduplicate instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="290"/>
        <source>Remove filler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="292"/>
        <source>Static parts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="294"/>
        <source>Collapse whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="303"/>
        <source>Removes every sentence or bullet that repeats an earlier one (compared without filler, case and punctuation; at least four words). The first occurrence stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="306"/>
        <source>Removes polite padding (&quot;please note that&quot;, &quot;make sure to&quot;, &quot;as an AI language model&quot;) and replaces wordy idioms with their short form (&quot;in order to&quot; → &quot;to&quot;). Models follow commands; the instruction itself is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="311"/>
        <source>Moves paragraphs that hold no {{variable}} before the first paragraph that holds one, so that the identical prefix sent on every call (the part a provider can cache) is as long as possible. Check that the order of the instructions still reads right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/prompt/rewrites.cpp" line="315"/>
        <source>Removes trailing spaces, turns runs of spaces inside a line into one space (indentation is kept) and keeps at most one blank line between paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../views/prompteditor.cpp" line="43"/>
        <source>Paste or type a system prompt. Use {{name}} for the parts that change per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditor.cpp" line="70"/>
        <source>Token %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditor.cpp" line="83"/>
        <source>&lt;br&gt;&lt;i&gt;Fixed by the rewrite &quot;%1&quot;.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditor.cpp" line="95"/>
        <source>&lt;b&gt;Template variable {{%1}}&lt;/b&gt;&lt;br&gt;Filled in per call. Text before the first variable is the static prefix a provider can cache; text after it is sent anew on every call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptEditorPage</name>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="62"/>
        <source>Prompt editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="65"/>
        <source>Tokens of the prompt with the pricing tokenizer, its characters and template variables; recounted off the GUI thread 150 ms after the last edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="77"/>
        <source>Show tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="78"/>
        <source>Shade each token of the pricing tokenizer in alternating colours (first 5,000 tokens; texts up to 300,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="81"/>
        <source>Add tokenizer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="82"/>
        <source>Count with a tokenizer.json (Hugging Face BPE, e.g. Llama 3), a .tiktoken file or a GGUF model&apos;s vocabulary too; remembered for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="111"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="116"/>
        <source>The model whose list prices (built-in catalog) price the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="117"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="119"/>
        <source>The tokenizer whose count prices the prompt, checks the caching minimum and shows token boundaries. Use the model&apos;s own tokenizer where you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="121"/>
        <source>Count with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="126"/>
        <source>Calls that send this prompt per day; a month is %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="127"/>
        <source>Requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="131"/>
        <source>Output tokens per call added to the cost of a call. Starts at the measured answer length: the workspace&apos;s output + reasoning tokens per call of this model (of all models when it has none); a value you type stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="199"/>
        <source>What the rewrites and edits save: prompt tokens removed since the baseline (the prompt as loaded, or when you pressed Reset) × input list price × requests per day × %1. Caching is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="521"/>
        <source>Below the minimum of %1 at %2: not cached. Caching would take %3 more prefix tokens; move static parts first or grow the prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="527"/>
        <source>Minimum at %1: %2. Cacheable per call: %3 tokens, read at %4 off when the cache is warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/prompteditorpage.cpp" line="537"/>
        <source>At %1 requests a day in business hours: hit rate %2 (%n write(s) a day), %3 &lt;b&gt;%4&lt;/b&gt; a month, writes included. The Planner tries other arrivals and TTLs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="541"/>
        <source>saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="541"/>
        <source>costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="546"/>
        <source>Baseline %1 tokens: no change yet. Apply a rewrite or edit the text to see the prompt tokens it saves per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="553"/>
        <source>Rewrites and edits: baseline %1 → now %2 prompt tokens, %3 (%4) · &lt;b&gt;%5&lt;/b&gt; per month of input at %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="134"/>
        <source>Output tokens per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="141"/>
        <source>Per call: prompt tokens × input price + output tokens × output price, list prices, no caching. Per month: per call × requests per day × %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="148"/>
        <source>Providers cache the identical beginning of a request. Static prefix: tokens before the first {{variable}}. Minimum: the model&apos;s smallest cacheable prompt (catalog). Cacheable tokens: the prefix (OpenAI: 1,024 plus whole 128-token steps). Discount: 1 − cache-read price ÷ input price. Savings: the Planner&apos;s calculator, each request simulated against the cache&apos;s lifetime (the provider&apos;s default TTL) as the requests per day arrive evenly over business hours (9:00–17:00), write premiums included; a month is %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="157"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="161"/>
        <source>Underlined in the editor: repeated instructions (vermillion), filler (orange), whitespace (blue), verbose prose (purple). Hover one for its explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="168"/>
        <source>Click a finding to select it in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="172"/>
        <source>Rewrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="178"/>
        <source> Shows the diff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="187"/>
        <source>All rewrites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="188"/>
        <source>Deduplicate, remove filler, static parts first, collapse whitespace, in that order; shows the diff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="204"/>
        <source>Reset baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="205"/>
        <source>Compare later edits with the text as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="288"/>
        <source>Add a tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="289"/>
        <source>Tokenizers (tokenizer.json *.json *.tiktoken *.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="422"/>
        <source>This text has %1 characters: it is counted, but findings, highlights and rewrites stop at 300,000 characters (use inferometer-cli compress for big files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="446"/>
        <source>Built in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="492"/>
        <source>No price for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="493"/>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="494"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="500"/>
        <source>&lt;b&gt;%1&lt;/b&gt; per call · &lt;b&gt;%2&lt;/b&gt; per month (%3 tokens with %4 at %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="505"/>
        <source>&lt;i&gt;Estimate: %1 models count tokens with their own tokenizer; %2 is OpenAI&apos;s, so the count (and the cost) is approximate.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="511"/>
        <source>No {{variables}}: all %1 tokens are a static prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="512"/>
        <source>Static prefix: %1 tokens, before {{%2}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="518"/>
        <source>%1 has no cache discount in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="566"/>
        <source>%1 tokens (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="566"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/prompteditorpage.cpp" line="568"/>
        <source> · %1 characters · %n variable(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="597"/>
        <source>Not analysed: the text is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="600"/>
        <source>%1 repeated · %2 filler · %3 whitespace · %4 verbose%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="605"/>
        <source> (first %1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="610"/>
        <source>Line %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="621"/>
        <source>%1 → %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="625"/>
        <source>&lt;b&gt;%1 → %2 tokens&lt;/b&gt; (%3): −%4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="629"/>
        <source> · saves &lt;b&gt;%1&lt;/b&gt; per month at %2, %3 requests per day (list input price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="704"/>
        <source>No calls in this workspace to measure answers by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="705"/>
        <source>Open a workspace to measure answer lengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="710"/>
        <source>Measured: %1 tokens per answer over %2 call(s) of %3 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="712"/>
        <source>Measured: %1 tokens per answer over %2 call(s) of all models in this workspace (none of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/prompteditorpage.cpp" line="734"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromqlPanel</name>
    <message>
        <location filename="../views/promqlpanel.cpp" line="52"/>
        <source>Presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="55"/>
        <source>%1
Unit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="57"/>
        <source>PromQL presets for vLLM, TGI, LiteLLM and OpenCost (metric names of formats.md): choosing one puts its PromQL in the query line and runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="64"/>
        <source>PromQL, e.g. sum by (model_name) (rate(vllm:generation_tokens_total[5m]))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="66"/>
        <source>Any PromQL expression. It is evaluated with /api/v1/query_range over the last 15 minutes at the feed&apos;s interval (at most 300 points) and re-run on every interval; the last %1 queries run are remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="72"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="78"/>
        <location filename="../views/promqlpanel.cpp" line="121"/>
        <location filename="../views/promqlpanel.cpp" line="188"/>
        <source>Connect to a Prometheus server to run PromQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="82"/>
        <source>PromQL result (last 15 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="85"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="126"/>
        <source>Choose a preset or type PromQL, then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="220"/>
        <source>%1 UTC · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/promqlpanel.cpp" line="227"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %n series, %2 points · answered %3 UTC</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/promqlpanel.cpp" line="232"/>
        <source> · the first %1 drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../views/progressdialog.h" line="16"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawRowsModel</name>
    <message>
        <location filename="../views/models/rawrowsmodel.cpp" line="53"/>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/rawrowsmodel.cpp" line="65"/>
        <source>Not mapped: this column is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/rawrowsmodel.cpp" line="66"/>
        <source>Read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedSessionView</name>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="40"/>
        <source>A recorded session: the scrapes of one feed written by Record, without a pause longer than 10 minutes (UTC times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="43"/>
        <source>Tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="44"/>
        <source>Spend per hour (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="46"/>
        <source>Tokens/s — recorded: increase of the feed&apos;s prompt + generated token counters (vLLM, TGI, LiteLLM) per second of the scrapes in each interval, restarts counted from zero; logged: all six token buckets of the calls in the interval ÷ its length.
Spend/h — recorded: increase of LiteLLM&apos;s litellm_spend_metric per hour; logged: list cost of the calls in the interval ÷ its length in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="51"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="52"/>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="52"/>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="52"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="54"/>
        <source>Interval of the comparison, aligned to whole minutes/hours UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="56"/>
        <source>Logged calls of one cost center only, or of all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="57"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="58"/>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="61"/>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="63"/>
        <source>logs of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="68"/>
        <location filename="../views/recordedsessionview.cpp" line="217"/>
        <source>No recorded sessions yet: press Record while a feed runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="72"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="193"/>
        <source>%1 · %2 – %3 · %L4 scrapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="199"/>
        <source>All cost centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="223"/>
        <source>recorded feed, $/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="223"/>
        <source>recorded feed, tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="225"/>
        <source>logged calls, $/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="225"/>
        <source>logged calls, tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="254"/>
        <source>USD per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="254"/>
        <source>tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="257"/>
        <source>Recorded spend rate vs logged spend, per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="258"/>
        <source>Recorded token rate vs logged tokens, per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="261"/>
        <source>This session has no spend counter (litellm_spend_metric): only the logs are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="262"/>
        <source>This session has no token counters (vLLM, TGI, LiteLLM): only the logs are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/recordedsessionview.cpp" line="265"/>
        <source>Recorded from %1 (%L2 of %L3 intervals with two scrapes or more) beside the logged calls of the same intervals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewriteDialog</name>
    <message>
        <location filename="../views/rewritedialog.cpp" line="49"/>
        <source>Rewrite preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/rewritedialog.cpp" line="60"/>
        <source>Removed text is struck through in red, added text is green; ↵ marks a removed or added line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/rewritedialog.cpp" line="63"/>
        <source>Every change, by rule, in the order the rules ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/rewritedialog.cpp" line="66"/>
        <source>%1: %n edit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/rewritedialog.cpp" line="75"/>
        <source>Nothing to change: the prompt is already clean for these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/rewritedialog.cpp" line="82"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/rewritedialog.cpp" line="84"/>
        <source>Replace the prompt with the rewritten text as one edit: Ctrl+Z in the editor undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="52"/>
        <source>route %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="54"/>
        <source>cascade via %1, %2 escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="58"/>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="71"/>
        <source>This workspace (the period chosen, per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="72"/>
        <source>Each class&apos;s spend, tokens, accepted outcomes and corrections (tasks accepted after rework) from the workspace&apos;s calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="74"/>
        <source>The article&apos;s case study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="75"/>
        <source>1,000 product descriptions of 500 input and 300 output tokens each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="81"/>
        <source>The article&apos;s three options for its case study, with their costs and correction rates as it states them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="83"/>
        <source>GPT-only ($0.12, 2% corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="84"/>
        <source>Hybrid routing ($0.035, 5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="85"/>
        <source>Self-hosted SLM ($0.012, 9%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="100"/>
        <source>The article&apos;s task classes; choose one to edit its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="105"/>
        <source>The article&apos;s estimate of savings against a frontier model: %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="112"/>
        <source>Keep on today&apos;s models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="113"/>
        <source>Route a share to the small model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="114"/>
        <source>Cascade: small model first, escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="115"/>
        <source>Routing sends a share of the class straight to the small model. A cascade sends everything to it first and escalates answers below the confidence threshold to today&apos;s model, paying for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="118"/>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="119"/>
        <location filename="../views/planner/routingtab.cpp" line="124"/>
        <location filename="../views/planner/routingtab.cpp" line="138"/>
        <location filename="../views/planner/routingtab.cpp" line="146"/>
        <location filename="../views/planner/routingtab.cpp" line="147"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="119"/>
        <source>Share of the class&apos;s work the small model takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="120"/>
        <source>Routed share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="122"/>
        <source>Answers with a confidence score below this escalate (recorded with the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="123"/>
        <source>Confidence threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="125"/>
        <source>Share of requests whose confidence falls below the threshold; measure it on a sample of the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="126"/>
        <source>Escalation rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="128"/>
        <source>A model from the price catalog, or a self-hosted model at the $ per 1M of a saved, priced A/B run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="130"/>
        <source>Small model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="132"/>
        <source> in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="132"/>
        <source>Its input price, USD per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="134"/>
        <source> out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="134"/>
        <source>Its output price, USD per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="137"/>
        <source>Per 1M:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="139"/>
        <source>Share of the small model&apos;s outcomes a human must correct (the article: 5% hybrid, 9% self-hosted SLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="140"/>
        <source>Small model corrections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="141"/>
        <source> each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="142"/>
        <source>One human correction in this class: minutes spent × loaded hourly rate (default: 3 minutes at $100 an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="144"/>
        <source>Correction cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="146"/>
        <source>Low end of the expected savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="147"/>
        <source>High end of the expected savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="150"/>
        <source>Expected savings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="152"/>
        <source>&lt;b&gt;Workflows by class&lt;/b&gt; (change one to move its calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="155"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="155"/>
        <location filename="../views/planner/routingtab.cpp" line="169"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="157"/>
        <source>A task_class tag on the calls, else words in the project, operation or agent, else their tokens; your choice here overrides them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="169"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="169"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="169"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="169"/>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="169"/>
        <source>Model savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="169"/>
        <location filename="../views/planner/routingtab.cpp" line="432"/>
        <source>CPSO today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="170"/>
        <location filename="../views/planner/routingtab.cpp" line="433"/>
        <source>CPSO projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="170"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="170"/>
        <source>+ corrections today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="170"/>
        <source>+ corrections projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="171"/>
        <source>Task class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="171"/>
        <source>What the plan does with the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="172"/>
        <source>Accepted outcomes a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="172"/>
        <source>Model spend a month on today&apos;s models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="173"/>
        <source>Model spend a month under the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="173"/>
        <source>1 − projected / today spend (⚠: outside the expected range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="174"/>
        <source>CPSO: model spend / accepted outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="174"/>
        <source>CPSO under the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="175"/>
        <source>Share of outcomes a human corrects, today → projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="176"/>
        <source>CPSO with corrections: (model spend + corrections × their cost) / outcomes, the cost of an outcome that needs no more work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="178"/>
        <source>CPSO with corrections under the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="185"/>
        <source>A month: model spend and correction labour, today and planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="233"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="241"/>
        <source>(typed prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="244"/>
        <source>self-hosted: %1 (%2 per 1M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="289"/>
        <source>The class of %1&apos;s calls; changing it reads the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="400"/>
        <source>small model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="414"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="414"/>
        <source>this workspace, a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="414"/>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="427"/>
        <source>%1: spend today → projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="430"/>
        <source>Spend a month today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="431"/>
        <source>Spend a month projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="434"/>
        <source>Corrections today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="435"/>
        <source>Corrections projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="436"/>
        <source>Correction labour today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="437"/>
        <source>Correction labour projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="438"/>
        <source>CPSO with corrections today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="439"/>
        <source>CPSO with corrections projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="472"/>
        <source>Outside the expected %1–%2 for this class: check the plan&apos;s rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="496"/>
        <source>Workflows: %1. Most spend on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="500"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="505"/>
        <source>model spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="506"/>
        <source>correction labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="513"/>
        <source>%1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/routingtab.cpp" line="513"/>
        <source>%1 planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="38"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/models/ruletablemodel.cpp" line="51"/>
        <source>Remove %n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="61"/>
        <source>Move rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="87"/>
        <source>What to match: api_key, project, model, provider, agent_id, operation, or a source attribute such as workspace_id, tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.service.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="90"/>
        <source>A glob, case-insensitive: key_eng_* matches every key that starts with key_eng_; * matches any value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="93"/>
        <source>Given to calls the rule matches when their source names no cost center. The first matching rule wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="101"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="103"/>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="105"/>
        <source>Cost center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="107"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="109"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/ruletablemodel.cpp" line="148"/>
        <source>Edit %1 of rule %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleFiles</name>
    <message>
        <location filename="../app/samplefiles.cpp" line="11"/>
        <source>Canonical JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="12"/>
        <source>Canonical CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="13"/>
        <source>OpenTelemetry traces (OTLP JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="14"/>
        <source>Anthropic usage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="15"/>
        <source>Anthropic cost report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="16"/>
        <source>OpenAI usage API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="17"/>
        <source>OpenAI costs API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="19"/>
        <source>OpenAI activity export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="20"/>
        <source>OpenAI cost export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="22"/>
        <source>Langfuse observations (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="24"/>
        <source>Langfuse observations (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="25"/>
        <source>LiteLLM spend logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="26"/>
        <source>LiteLLM daily activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/samplefiles.cpp" line="27"/>
        <source>FOCUS 1.2 cost and usage (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedPromptsBar</name>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="23"/>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="27"/>
        <source>Prompts saved in this workspace. Type a new name to save the text under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="29"/>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="30"/>
        <source>Save the text as the newest version of this prompt in the workspace (its history keeps every version; the note says which rewrites were applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="34"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="37"/>
        <source>Earlier versions of this prompt; choosing one loads it (Ctrl+Z goes back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="67"/>
        <source>Open a workspace to save prompts in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="81"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="109"/>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="127"/>
        <source>%1 — %2 (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/savedpromptsbar.cpp" line="134"/>
        <source>No saved versions of this prompt yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="33"/>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="36"/>
        <source>Scenarios saved in this workspace; choosing one loads its inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="38"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="39"/>
        <source>Save these inputs in the workspace under a name (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="40"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="41"/>
        <source>Delete the chosen saved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="42"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="44"/>
        <source>The saved scenarios side by side with the current inputs, each on this workspace&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="45"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="46"/>
        <source>The current scenario&apos;s inputs, results and charts as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="47"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="48"/>
        <source>The current scenario&apos;s inputs and results as CSV (section, item, value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="69"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="103"/>
        <source>(none saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="103"/>
        <source>(unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="127"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="139"/>
        <source>saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="153"/>
        <location filename="../views/planner/scenariobar.cpp" line="157"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="153"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="157"/>
        <source>Replace the saved scenario “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="169"/>
        <source>Delete scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="169"/>
        <source>Delete the saved scenario “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="176"/>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="182"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="207"/>
        <location filename="../views/planner/scenariobar.cpp" line="277"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="208"/>
        <location filename="../views/planner/scenariobar.cpp" line="280"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="216"/>
        <source>Compare %1 scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="248"/>
        <location filename="../views/planner/scenariobar.cpp" line="257"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="265"/>
        <source>Inferometer planner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="266"/>
        <source>%1, exported %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="267"/>
        <source>unsaved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="298"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="303"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="303"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="306"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="306"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="311"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/planner/scenariobar.cpp" line="313"/>
        <source>exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedSpendModel</name>
    <message>
        <location filename="../views/models/stackedspendmodel.cpp" line="30"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/stackedspendmodel.cpp" line="87"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/stackedspendmodel.cpp" line="96"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/store/schema.cpp" line="252"/>
        <source>Rebuilding the workspace&apos;s summaries failed: %1. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/schema.cpp" line="298"/>
        <source>This workspace was written by a newer Inferometer (schema version %1; this version reads up to %2). Update Inferometer to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/schema.cpp" line="276"/>
        <source>This SQLite file is not an Inferometer workspace; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/schema.cpp" line="281"/>
        <location filename="../core/store/schema.cpp" line="289"/>
        <source>This file cannot be read as an Inferometer workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/schema.cpp" line="323"/>
        <source>Upgrading the workspace to schema version %1 failed: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="41"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="64"/>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="67"/>
        <source>its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="74"/>
        <source>This workspace is open read-only (%1): %2 needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="83"/>
        <source>The workspace does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="85"/>
        <source>This is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="89"/>
        <source>Qt&apos;s SQLite driver is not installed (libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="107"/>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="118"/>
        <source>upgrading it to this version&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="128"/>
        <source>The workspace cannot be prepared for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store::Derived</name>
    <message>
        <location filename="../core/store/derived.cpp" line="97"/>
        <source>This change would take the workspace&apos;s %1 to %2, past the %3 that Inferometer adds up exactly; it is refused and the workspace is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/derived.cpp" line="100"/>
        <source>This change would take the workspace&apos;s %1 past the %2 that Inferometer adds up exactly; it is refused and the workspace is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCountModel</name>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="64"/>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="66"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="104"/>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="117"/>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="117"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="117"/>
        <source>Static prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="118"/>
        <source>Chars/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="118"/>
        <source>$ per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="118"/>
        <source>$ per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="124"/>
        <source>The vocabulary that counts: o200k_base (GPT-4o, GPT-4.1, GPT-5, o-series), cl100k_base (GPT-4, GPT-3.5), or a tokenizer.json / GGUF file you added. Other providers&apos; models have their own tokenizers; their counts differ by a few percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="128"/>
        <source>Exact number of tokens the prompt is encoded to (ordinary text: special-token text counts as text; no BOS/EOS added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="131"/>
        <source>Tokens before the first {{variable}}: the part that is identical on every call, which a provider can cache. Without variables, the whole prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="134"/>
        <source>Characters of the prompt ÷ its tokens: how densely this tokenizer packs this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="136"/>
        <source>List cost of one call at the chosen model: tokens × input price + output tokens per call × output price (no caching).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/models/tokencountmodel.cpp" line="139"/>
        <source>$ per call × requests per day × %1 days, summed exactly and rounded once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tokenize</name>
    <message>
        <location filename="../core/tokenize/bytelevelbpe.cpp" line="95"/>
        <source>merge %1 makes a token that is not in the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/gguftokenizer.cpp" line="120"/>
        <source>the pre-tokenizer &quot;%1&quot; is not supported (known: default, gpt2, llama-bpe, llama3, qwen2, dbrx, smaug-bpe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/gguftokenizer.cpp" line="149"/>
        <source>merge %1 (&quot;%2&quot;) names a token that is not in the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/gguftokenizer.cpp" line="168"/>
        <source>tokenizer model &quot;%1&quot; is not supported (llama and gpt2 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="40"/>
        <source>unsupported pre-tokenizer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="43"/>
        <location filename="../core/tokenize/hftokenizer.cpp" line="144"/>
        <source>missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="70"/>
        <source>no Regex or String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="80"/>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="88"/>
        <source>a second regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="97"/>
        <source>no ByteLevel step (not a byte-level BPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="109"/>
        <location filename="../core/tokenize/loader.cpp" line="102"/>
        <source>cannot open the tokenizer file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="113"/>
        <source>the JSON nests more than %1 levels deep here; no tokenizer does, so it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="118"/>
        <source>not a valid JSON document (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="123"/>
        <source>missing: not a tokenizer.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="128"/>
        <source>only BPE models are supported, this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="130"/>
        <source>byte fallback BPE is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="134"/>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="138"/>
        <source>normalizers are not supported (only byte-level BPE without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="152"/>
        <source>the id is not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="162"/>
        <source>missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="173"/>
        <source>expected &quot;left right&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="181"/>
        <source>expected &quot;left right&quot; or [left, right]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="185"/>
        <source>a merged token is not in the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/hftokenizer.cpp" line="212"/>
        <source>a field has the wrong JSON type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/loader.cpp" line="71"/>
        <source>the built-in encoding %1 is not installed (packaging/fetch-data.sh fetches it at set-up time; INFEROMETER_TOKENIZERS_DIR points elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/loader.cpp" line="78"/>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="122"/>
        <source>cannot open the encoding file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/loader.cpp" line="88"/>
        <source>the file is not the official %1 encoding (sha256 %2, expected %3); run packaging/fetch-data.sh again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/loader.cpp" line="99"/>
        <source>no such tokenizer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/loader.cpp" line="137"/>
        <source>unknown encoding &quot;%1&quot;: use %2, gguf:MODEL.gguf, or the path of a .tiktoken, tokenizer.json or .gguf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/pieceregex.cpp" line="106"/>
        <source>pre-tokenizer pattern: %1 at offset %2 of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/spmtokenizer.cpp" line="105"/>
        <source>the vocabulary has no token for byte 0x%1 (&lt;0x%2&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tokenizer.cpp" line="62"/>
        <source>counting canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="47"/>
        <source>the encoding file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="72"/>
        <source>expected &quot;&lt;base64 token&gt; &lt;rank&gt;&quot;, found no space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="73"/>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="82"/>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="92"/>
        <source>the file ends in the middle of a line (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="77"/>
        <source>the token is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="81"/>
        <source>the rank is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="86"/>
        <source>the rank is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="89"/>
        <source>the rank is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="96"/>
        <source>rank %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="103"/>
        <source>the token of rank %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tiktokentokenizer.cpp" line="108"/>
        <source>the single byte 0x%1 has no rank (truncated or not a byte-level encoding)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="177"/>
        <source>expected a non-negative whole number of tokens, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/otlpattributes.cpp" line="191"/>
        <source>expected a cost in USD, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <location filename="../views/export/viewexport.cpp" line="168"/>
        <source>The picture cannot be written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="179"/>
        <source>Exported from Inferometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="182"/>
        <location filename="../views/export/viewexport.cpp" line="186"/>
        <source>The drawing cannot be written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="197"/>
        <location filename="../views/export/viewexport.cpp" line="209"/>
        <source>Inferometer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="201"/>
        <location filename="../views/export/viewexport.cpp" line="225"/>
        <source>The PDF cannot be written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="264"/>
        <location filename="../views/export/viewexport.cpp" line="271"/>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="273"/>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="274"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="275"/>
        <source>Save Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="276"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="289"/>
        <source>Export Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="290"/>
        <location filename="../views/export/viewexport.cpp" line="300"/>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/viewexport.cpp" line="302"/>
        <source>Copy as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Workbench for the economics of LLM deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Open the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>Page to show first: overview, prices, attribution, billing, … (an unknown name lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Log what the core does (imports, timings) on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="79"/>
        <source>Workspace or usage files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
