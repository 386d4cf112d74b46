<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Ab</name>
    <message>
        <source>%1 vs %2: %3× decode, %4% perplexity, %5% same top token</source>
        <translation>%1 проти %2: декодування %3×, перплексія %4%, %5% збігів найімовірнішого токена</translation>
    </message>
    <message>
        <source>not an A/B run: %1 is missing or of the wrong type</source>
        <translation>не запуск A/B-тесту: поле %1 відсутнє або має неправильний тип</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>cannot read the evaluation text: %1</source>
        <translation>не вдається прочитати текст для оцінювання: %1</translation>
    </message>
    <message>
        <source>needs Vulkan 1.2 with a compute queue and subgroup arithmetic and shuffle</source>
        <translation>потрібен Vulkan 1.2 з обчислювальною чергою, арифметикою та перестановками (shuffle) у підгрупах</translation>
    </message>
    <message>
        <source>no Vulkan device</source>
        <translation>немає пристрою Vulkan</translation>
    </message>
    <message>
        <source>CPU reference (float)</source>
        <translation>Еталонний рушій на CPU (float)</translation>
    </message>
    <message>
        <source>Inferometer&apos;s reference engine</source>
        <translation>Еталонний рушій Inferometer</translation>
    </message>
    <message>
        <source>no usable Vulkan device</source>
        <translation>немає придатного пристрою Vulkan</translation>
    </message>
    <message>
        <source>there is no Vulkan device %1 (%2)</source>
        <translation>пристрою Vulkan %1 немає (%2)</translation>
    </message>
    <message>
        <source>unknown backend &quot;%1&quot; (vulkan, vulkan:N, cpu or auto)</source>
        <translation>невідомий бекенд «%1» (vulkan, vulkan:N, cpu або auto)</translation>
    </message>
    <message>
        <source>the model needs %1 for weights and %2 for its KV cache, more than the %3 of memory %4 has</source>
        <translation>моделі потрібно %1 для ваг і %2 для KV-кешу — більше, ніж %3 пам’яті пристрою %4</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>Завантаження моделей</translation>
    </message>
    <message>
        <source>choose model %1</source>
        <translation>оберіть модель %1</translation>
    </message>
    <message>
        <source>the vocabulary differs from %1&apos;s: the models cannot be compared token by token</source>
        <translation>словник відрізняється від словника %1: моделі неможливо порівняти токен за токеном</translation>
    </message>
    <message>
        <source>the bundled text</source>
        <translation>вбудований текст</translation>
    </message>
    <message>
        <source>%1 is %2 tokens long for this model; perplexity with a context of %3 needs at least %4: choose a smaller context or a longer text</source>
        <translation>%1 для цієї моделі налічує токенів: %2; для перплексії з контекстом %3 потрібно щонайменше %4: оберіть менший контекст або довший текст</translation>
    </message>
    <message>
        <source>unknown KV cache type &quot;%1&quot; (f16 or f32)</source>
        <translation>невідомий тип KV-кешу «%1» (f16 або f32)</translation>
    </message>
    <message>
        <source>Timing %1: prefill and decode</source>
        <translation>Заміри %1: попереднє заповнення і декодування</translation>
    </message>
    <message>
        <source>Perplexity and KL divergence over %1 chunks of %2 tokens</source>
        <translation>Перплексія та KL-дивергенція (фрагментів: %1, токенів у фрагменті: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Generating from %n prompt(s)</source>
        <translation>
            <numerusform>Генерування з %n промпту</numerusform>
            <numerusform>Генерування з %n промптів</numerusform>
            <numerusform>Генерування з %n промптів</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no saved A/B run %1</source>
        <translation>збереженого запуску A/B-тесту %1 немає</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>не вдається створити теку</translation>
    </message>
    <message>
        <source>the model is already quantized (%1): choose an F32 or F16 model, or choose A and B yourself</source>
        <translation>модель уже квантована (%1): оберіть модель F32 або F16 чи самостійно оберіть A і B</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Читання %1</translation>
    </message>
    <message>
        <source>Quantizing to %1</source>
        <translation>Квантування в %1</translation>
    </message>
    <message>
        <source>Generating %1</source>
        <translation>Генерування %1</translation>
    </message>
    <message>
        <source>the GPU price list is malformed</source>
        <translation>список цін на GPU має неправильний формат</translation>
    </message>
</context>
<context>
    <name>AbCostBox</name>
    <message>
        <source>Cost per 1M generated tokens</source>
        <translation>Вартість 1 млн згенерованих токенів</translation>
    </message>
    <message>
        <source>Typed price</source>
        <translation>Введена ціна</translation>
    </message>
    <message>
        <source>%1 – %2, $%3/h (%4)</source>
        <translation>%1 – %2, $%3/год (%4)</translation>
    </message>
    <message>
        <source>Typical on-demand prices of one GPU, dated; spot and committed prices are lower</source>
        <translation>Типові ціни на одну GPU за запитом (on-demand), із датою; спотові ціни та ціни із зобов’язаннями нижчі</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Машина:</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> за годину</translation>
    </message>
    <message>
        <source>What an hour of the machine that runs the model costs you</source>
        <translation>Скільки вам коштує година роботи машини, на якій працює модель</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Ціна:</translation>
    </message>
    <message>
        <source>Share of the paid hours the machine spends generating at the measured speed; idle hours are paid too</source>
        <translation>Частка оплачених годин, протягом яких машина генерує з виміряною швидкістю; години простою теж оплачуються</translation>
    </message>
    <message>
        <source>Utilization:</source>
        <translation>Завантаження:</translation>
    </message>
    <message>
        <source>An API model to compare with: its list price per 1M output tokens</source>
        <translation>API-модель для порівняння: її прейскурантна ціна за 1 млн вихідних токенів</translation>
    </message>
    <message>
        <source>API model:</source>
        <translation>API-модель:</translation>
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
        <translation>$ за 1 млн = ціна за годину ÷ (декодування, токенів/с × завантаження × 3600) × 1&#xa0;000&#xa0;000, для одного потоку з розміром пакета 1</translation>
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
        <translation>%1 (прейскурантна ціна %2)</translation>
    </message>
</context>
<context>
    <name>AbHistory</name>
    <message>
        <source>Every finished run is saved in the workspace. Select one to show it, or two to compare them (for instance before and after a driver update).</source>
        <translation>Кожен завершений запуск зберігається в робочому просторі. Виберіть один, щоб переглянути його, або два, щоб їх порівняти (наприклад, до та після оновлення драйвера).</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Дата (UTC)</translation>
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
        <translation>Пристрій</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Show the selected run on the Result tab (Enter)</source>
        <translation>Показати вибраний запуск на вкладці «Результат» (Enter)</translation>
    </message>
    <message>
        <source>Compare Two</source>
        <translation>Порівняти два</translation>
    </message>
    <message>
        <source>Compare the two selected runs&apos; figures side by side</source>
        <translation>Порівняти показники двох вибраних запусків поруч</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete the selected run from the workspace</source>
        <translation>Видалити вибраний запуск із робочого простору</translation>
    </message>
    <message>
        <source>Older run</source>
        <translation>Старіший запуск</translation>
    </message>
    <message>
        <source>Newer run</source>
        <translation>Новіший запуск</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Видалити запуск</translation>
    </message>
    <message>
        <source>Delete the selected A/B run from the workspace?</source>
        <translation>Видалити вибраний запуск A/B-тесту з робочого простору?</translation>
    </message>
    <message>
        <source>No saved runs yet: every finished run is saved in the workspace.</source>
        <translation>Збережених запусків ще немає: кожен завершений запуск зберігається в робочому просторі.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Драйвер</translation>
    </message>
    <message>
        <source>A decode, t/s (median)</source>
        <translation>Декодування A, токенів/с (медіана)</translation>
    </message>
    <message>
        <source>B decode, t/s (median)</source>
        <translation>Декодування B, токенів/с (медіана)</translation>
    </message>
    <message>
        <source>A prefill, t/s (median)</source>
        <translation>Попереднє заповнення A, токенів/с (медіана)</translation>
    </message>
    <message>
        <source>B prefill, t/s (median)</source>
        <translation>Попереднє заповнення B, токенів/с (медіана)</translation>
    </message>
    <message>
        <source>A perplexity</source>
        <translation>Перплексія A</translation>
    </message>
    <message>
        <source>B perplexity</source>
        <translation>Перплексія B</translation>
    </message>
    <message>
        <source>KL divergence, mean</source>
        <translation>KL-дивергенція, середнє</translation>
    </message>
    <message>
        <source>Top-1 agreement</source>
        <translation>Збіг top-1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>Earlier A/B runs</source>
        <translation>Попередні запуски A/B-тесту</translation>
    </message>
    <message>
        <source>Comparison of two runs</source>
        <translation>Порівняння двох запусків</translation>
    </message>
</context>
<context>
    <name>AbPage</name>
    <message>
        <source>Model A/B</source>
        <translation>A/B-тест моделей</translation>
    </message>
    <message>
        <source>Your GGUF model in Q8_0 against Q4_0 (or any two): speed, quality and $ per 1M tokens on your device</source>
        <translation>Ваша модель GGUF у Q8_0 проти Q4_0 (або будь-які дві): швидкість, якість і $ за 1 млн токенів на вашому пристрої</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустити</translation>
    </message>
    <message>
        <source>Time both models, measure their quality and generate from the prompts (Ctrl+Return)</source>
        <translation>Заміряти швидкість обох моделей, оцінити їхню якість і згенерувати тексти з промптів (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop after the step in progress (Esc); nothing is saved or left in the cache folder</source>
        <translation>Зупинити після поточного кроку (Esc); нічого не буде збережено чи залишено в теці кешу</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Експортувати JSON…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Експортувати PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Експортувати PDF…</translation>
    </message>
    <message>
        <source>The whole record, as inferometer-cli ab --json prints it, with the cost settings</source>
        <translation>Увесь запис у тому вигляді, як його виводить inferometer-cli ab --json, разом із налаштуваннями вартості</translation>
    </message>
    <message>
        <source>The result as shown, to share</source>
        <translation>Результат у показаному вигляді, щоб поділитися ним</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No run yet&lt;/h3&gt;&lt;p&gt;Choose model A and model B (or one F32/F16 model and let the page make its Q8_0 and Q4_0), pick the device and press &lt;b&gt;Run&lt;/b&gt;. On the bundled stories260K models a run takes a few seconds.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Запусків ще не було&lt;/h3&gt;&lt;p&gt;Оберіть модель A і модель B (або одну модель F32/F16, з якої сторінка сама зробить Q8_0 і Q4_0), виберіть пристрій і натисніть &lt;b&gt;Запустити&lt;/b&gt;. На вбудованих моделях stories260K запуск триває кілька секунд.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Saved Runs</source>
        <translation>Збережені запуски</translation>
    </message>
    <message>
        <source>No Vulkan device: %1. The CPU reference engine is available.</source>
        <translation>Немає пристрою Vulkan: %1. Доступний еталонний рушій на CPU.</translation>
    </message>
    <message>
        <source>Canceled; nothing was saved.</source>
        <translation>Скасовано; нічого не збережено.</translation>
    </message>
    <message>
        <source>Saved as run %1 in the workspace</source>
        <translation>Збережено як запуск %1 у робочому просторі</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Завершено за %1 с.</translation>
    </message>
    <message>
        <source>A and B are now the 110M-shaped pair (%1): press Run to time them.</source>
        <translation>A і B тепер — пара з архітектурою 110M (%1): натисніть «Запустити», щоб заміряти її швидкість.</translation>
    </message>
    <message>
        <source>from the cache folder</source>
        <translation>з теки кешу</translation>
    </message>
    <message>
        <source>made just now</source>
        <translation>щойно створена</translation>
    </message>
    <message>
        <source>Saved run of %1 UTC</source>
        <translation>Збережений запуск від %1 UTC</translation>
    </message>
    <message>
        <source>Open a workspace to keep the runs: each finished run is saved in it.</source>
        <translation>Відкрийте робочий простір, щоб зберігати запуски: кожен завершений запуск зберігається в ньому.</translation>
    </message>
    <message>
        <source>Choose the F32 or F16 model to quantize.</source>
        <translation>Оберіть модель F32 або F16 для квантування.</translation>
    </message>
    <message>
        <source>Choose model A and model B.</source>
        <translation>Оберіть модель A і модель B.</translation>
    </message>
    <message>
        <source>Quantizing…</source>
        <translation>Квантування…</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Завантаження моделей…</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>не відкрито жодного робочого простору</translation>
    </message>
    <message>
        <source>A and B set from the dropped files.</source>
        <translation>A і B задано з перетягнутих файлів.</translation>
    </message>
    <message>
        <source>Model A set from the dropped file.</source>
        <translation>Модель A задано з перетягнутого файлу.</translation>
    </message>
    <message>
        <source>Canceling after the step in progress…</source>
        <translation>Скасування після поточного кроку…</translation>
    </message>
    <message>
        <source>Choose model A first: the pair takes its vocabulary.</source>
        <translation>Спершу оберіть модель A: пара використає її словник.</translation>
    </message>
    <message>
        <source>Generating the 110M-shaped pair…</source>
        <translation>Генерування пари з архітектурою 110M…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export A/B Run</source>
        <translation>Експортувати запуск A/B-тесту</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Експортовано %1</translation>
    </message>
</context>
<context>
    <name>AbResultView</name>
    <message>
        <source>median tokens/s</source>
        <translation>токенів/с (медіана)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>токенів/с</translation>
    </message>
    <message>
        <source>B against A: decode speed (median tokens/s of B over A), perplexity change, and the share of text positions where both models rank the same token first</source>
        <translation>B порівняно з A: швидкість декодування (відношення медіанних токенів/с B до A), зміна перплексії та частка позицій тексту, на яких обидві моделі ставлять на перше місце той самий токен</translation>
    </message>
    <message>
        <source>Time a 110M-shaped Pair Instead</source>
        <translation>Натомість заміряти пару з архітектурою 110M</translation>
    </message>
    <message>
        <source>Generates a stories110M-shaped model with seeded random weights and this model&apos;s vocabulary in Q8_0 and Q4_0 (about 160 MB, kept in the cache folder), and sets it as A and B: its speeds compare the weight formats, its quality figures mean nothing</source>
        <translation>Генерує модель з архітектурою stories110M, випадковими вагами з фіксованим зерном і словником цієї моделі у Q8_0 та Q4_0 (близько 160 MB, зберігається в теці кешу) і задає її як A і B: її швидкості порівнюють формати ваг, а показники якості нічого не означають</translation>
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
        <translation>B проти A</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>The GGUF file; its SHA-256 is in the tooltip</source>
        <translation>Файл GGUF; його SHA-256 — у підказці</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>The type most of the blocks&apos; weights are stored in, as ggml names it</source>
        <translation>Тип, у якому зберігається більшість ваг блоків, за назвою ggml</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Розмір файлу</translation>
    </message>
    <message>
        <source>Bytes on disk</source>
        <translation>Байтів на диску</translation>
    </message>
    <message>
        <source>Weights in memory</source>
        <translation>Ваги в пам’яті</translation>
    </message>
    <message>
        <source>What the engine holds for the weights on the device</source>
        <translation>Скільки пам’яті рушій займає під ваги на пристрої</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-кеш</translation>
    </message>
    <message>
        <source>Keys and values of every layer for the longest sequence the run evaluates; the engines keep F32 buffers (an F16 cache stores its values rounded to half precision)</source>
        <translation>Ключі та значення кожного шару для найдовшої послідовності, яку обчислює запуск; рушії тримають буфери F32 (кеш F16 зберігає значення, округлені до половинної точності)</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Попереднє заповнення</translation>
    </message>
    <message>
        <source>llama-bench&apos;s pp test: the prompt&apos;s tokens evaluated in one batch, tokens/s, mean ± standard deviation over the timed runs</source>
        <translation>Тест pp з llama-bench: токени промпту обчислюються одним пакетом, токенів/с, середнє ± стандартне відхилення за заміряними запусками</translation>
    </message>
    <message>
        <source>  median (min–max)</source>
        <translation>  медіана (мін.–макс.)</translation>
    </message>
    <message>
        <source>The median run and the slowest and fastest, tokens/s</source>
        <translation>Медіанний запуск, а також найповільніший і найшвидший, токенів/с</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Декодування</translation>
    </message>
    <message>
        <source>llama-bench&apos;s tg test: tokens generated one at a time after the prompt, tokens/s, mean ± standard deviation over the timed runs</source>
        <translation>Тест tg з llama-bench: токени, що генеруються по одному після промпту, токенів/с, середнє ± стандартне відхилення за заміряними запусками</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Час до першого токена</translation>
    </message>
    <message>
        <source>From the start of the prompt to the first generated token, median, ms</source>
        <translation>Від початку промпту до першого згенерованого токена, медіана, ms</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Перплексія</translation>
    </message>
    <message>
        <source>exp(mean negative log-likelihood) of the text&apos;s tokens, as llama-perplexity computes it (chunks of the context size, the second half of each scored); ± its standard error. Lower is better</source>
        <translation>exp(середня від’ємна логарифмічна правдоподібність) токенів тексту, як її обчислює llama-perplexity (фрагменти розміром із контекст, у кожному оцінюється друга половина); ± її стандартна похибка. Що менше, то краще</translation>
    </message>
    <message>
        <source>$ per 1M tokens</source>
        <translation>$ за 1 млн токенів</translation>
    </message>
    <message>
        <source>What 1M generated tokens cost on the machine below at the median decode speed</source>
        <translation>Скільки коштує 1 млн згенерованих токенів на машині, зазначеній нижче, за медіанної швидкості декодування</translation>
    </message>
    <message>
        <source>KL divergence, mean</source>
        <translation>KL-дивергенція, середнє</translation>
    </message>
    <message>
        <source>How far B&apos;s next-token distribution is from A&apos;s, averaged over the scored positions: Σ P_A · (log P_A − log P_B), in nats; 0 is identical</source>
        <translation>Наскільки розподіл наступного токена в B відрізняється від розподілу в A, усереднено за оціненими позиціями: Σ P_A · (log P_A − log P_B), у натах; 0 — ідентичні</translation>
    </message>
    <message>
        <source>KL divergence, p99</source>
        <translation>KL-дивергенція, p99</translation>
    </message>
    <message>
        <source>99th percentile of the per-position KL divergence</source>
        <translation>99-й процентиль KL-дивергенції за позиціями</translation>
    </message>
    <message>
        <source>KL divergence, max</source>
        <translation>KL-дивергенція, максимум</translation>
    </message>
    <message>
        <source>The largest per-position KL divergence</source>
        <translation>Найбільша KL-дивергенція на окремій позиції</translation>
    </message>
    <message>
        <source>Top-1 agreement</source>
        <translation>Збіг top-1</translation>
    </message>
    <message>
        <source>Share of the scored positions where A and B rank the same token first</source>
        <translation>Частка оцінених позицій, на яких A і B ставлять на перше місце той самий токен</translation>
    </message>
    <message>
        <source>Prefill tokens/s</source>
        <translation>Попереднє заповнення, токенів/с</translation>
    </message>
    <message>
        <source>Decode tokens/s</source>
        <translation>Декодування, токенів/с</translation>
    </message>
    <message>
        <source>KL divergence per position (B from A)</source>
        <translation>KL-дивергенція за позиціями (B відносно A)</translation>
    </message>
    <message>
        <source>Bars: the median run; whiskers: the slowest and fastest run</source>
        <translation>Стовпчики: медіанний запуск; вуса: найповільніший і найшвидший запуски</translation>
    </message>
    <message>
        <source>How many scored positions have a KL divergence in each range (nats, half-decade bins): mass on the right means B often disagrees with A</source>
        <translation>Скільки оцінених позицій мають KL-дивергенцію в кожному діапазоні (нати, інтервали завширшки пів декади): що більше маси праворуч, то частіше B не погоджується з A</translation>
    </message>
    <message>
        <source>What each model generates from each prompt; the highlighted text is where B first differs from A</source>
        <translation>Що кожна модель генерує з кожного промпту; виділений текст показує, де B уперше відрізняється від A</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · driver %4 · %5&lt;br&gt;context %6 over %7 (%8 tokens, %9 chunks), pp%10 and tg%11, timed runs after a warm-up: %12, seed %13, KV cache %14</source>
        <translation>%1 · %2 (%3) · драйвер %4 · %5&lt;br&gt;контекст %6 по %7 (токенів: %8, фрагментів: %9), pp%10 і tg%11, заміряних запусків після прогрівального: %12, зерно %13, KV-кеш %14</translation>
    </message>
    <message>
        <source>the bundled text</source>
        <translation>вбудованому тексту</translation>
    </message>
    <message>
        <source>%1 is a CPU emulation of Vulkan: the quality figures are exact, the speeds say nothing about a GPU.</source>
        <translation>%1 — це емуляція Vulkan на CPU: показники якості точні, але швидкості нічого не говорять про GPU.</translation>
    </message>
    <message>
        <source>Too small to time: with %1 parameters a token&apos;s work is smaller than the device&apos;s fixed cost per dispatch, so these speeds compare the dispatch overhead, not %2 against %3.</source>
        <translation>Замало для замірів: за %1 параметрів обчислення одного токена коштують менше, ніж фіксовані витрати пристрою на кожен запуск ядра (dispatch), тож ці швидкості порівнюють накладні витрати на dispatch, а не %2 із %3.</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> байт</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Prefill pp%1, t/s</source>
        <translation>Попереднє заповнення pp%1, токенів/с</translation>
    </message>
    <message>
        <source>Decode tg%1, t/s</source>
        <translation>Декодування tg%1, токенів/с</translation>
    </message>
    <message>
        <source>B&apos;s cost per token relative to A&apos;s: the inverse of the decode speed-up</source>
        <translation>Вартість токена для B відносно A: величина, обернена до прискорення декодування</translation>
    </message>
    <message>
        <source>%1 scored positions</source>
        <translation>Оцінених позицій: %1</translation>
    </message>
    <message>
        <source>Prefill pp%1, tokens/s</source>
        <translation>Попереднє заповнення pp%1, токенів/с</translation>
    </message>
    <message>
        <source>Decode tg%1, tokens/s</source>
        <translation>Декодування tg%1, токенів/с</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>позиції</translation>
    </message>
    <message>
        <source>KLD from (nats)</source>
        <translation>KLD від (нати)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No prompts: add some to see what both models write.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Немає промптів: додайте кілька, щоб побачити, що пишуть обидві моделі.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(the same text)</source>
        <translation>(той самий текст)</translation>
    </message>
    <message>
        <source>(first difference at character %1)</source>
        <translation>(перша відмінність на символі %1)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>не вдається записати: %1</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>не вдається записати зображення</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>не вдається записати PDF</translation>
    </message>
    <message>
        <source>A/B results</source>
        <translation>Результати A/B-тесту</translation>
    </message>
    <message>
        <source>Generated text of A and B</source>
        <translation>Текст, згенерований A і B</translation>
    </message>
</context>
<context>
    <name>AbSetupForm</name>
    <message>
        <source>Models</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <source>Two models: A (the baseline) and B</source>
        <translation>Дві моделі: A (базова) і B</translation>
    </message>
    <message>
        <source>One F32/F16 model: its Q8_0 (A) against its Q4_0 (B)</source>
        <translation>Одна модель F32/F16: її Q8_0 (A) проти її Q4_0 (B)</translation>
    </message>
    <message>
        <source>The page quantizes the model as llama-quantize does, into a cache folder, and reuses the files next time</source>
        <translation>Сторінка квантує модель так само, як llama-quantize, у теку кешу й наступного разу повторно використовує файли</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Модель A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Модель B</translation>
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
        <translation>Модель F32 або F16</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Device and text</source>
        <translation>Пристрій і текст</translation>
    </message>
    <message>
        <source>Where both models run: a Vulkan device, or the CPU reference engine</source>
        <translation>Де працюють обидві моделі: пристрій Vulkan або еталонний рушій на CPU</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Пристрій:</translation>
    </message>
    <message>
        <source>Bundled English text (short children&apos;s stories)</source>
        <translation>Вбудований англійський текст (короткі дитячі оповідання)</translation>
    </message>
    <message>
        <source>Choose a UTF-8 text file…</source>
        <translation>Обрати текстовий файл UTF-8…</translation>
    </message>
    <message>
        <source>The text perplexity and KL divergence are measured over, and the timed prompt is taken from</source>
        <translation>Текст, за яким вимірюються перплексія та KL-дивергенція і з якого береться промпт для замірів</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>One prompt per line: both models continue each, shown side by side</source>
        <translation>Один промпт на рядок: обидві моделі продовжують кожен, результати показано поруч</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>Один промпт на рядок</translation>
    </message>
    <message>
        <source>Prompts:</source>
        <translation>Промпти:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Tokens per perplexity chunk, as llama-perplexity&apos;s -c: the text is cut into chunks of this many tokens and the second half of each is scored</source>
        <translation>Токенів на фрагмент для перплексії, як -c у llama-perplexity: текст ділиться на фрагменти з такою кількістю токенів, і в кожному оцінюється друга половина</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Контекст:</translation>
    </message>
    <message>
        <source>Prompt tokens evaluated in one batch: llama-bench&apos;s pp test (prompt processing) and the time to first token</source>
        <translation>Токени промпту, що обчислюються одним пакетом: тест pp з llama-bench (обробка промпту) і час до першого токена</translation>
    </message>
    <message>
        <source>Prefill (pp):</source>
        <translation>Попереднє заповнення (pp):</translation>
    </message>
    <message>
        <source>Tokens generated one at a time after the prompt: llama-bench&apos;s tg test (generation)</source>
        <translation>Токени, що генеруються по одному після промпту: тест tg з llama-bench (генерування)</translation>
    </message>
    <message>
        <source>Decode (tg):</source>
        <translation>Декодування (tg):</translation>
    </message>
    <message>
        <source>Timed runs of each model after one warm-up run, as llama-bench&apos;s -r</source>
        <translation>Заміряні запуски кожної моделі після одного прогрівального запуску, як -r у llama-bench</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Запуски:</translation>
    </message>
    <message>
        <source>Tokens each model generates from each prompt</source>
        <translation>Кількість токенів, які кожна модель генерує з кожного промпту</translation>
    </message>
    <message>
        <source>Generated tokens:</source>
        <translation>Згенеровані токени:</translation>
    </message>
    <message>
        <source>The seed of the run; generation is greedy (the most likely token), so the same files and settings give the same texts</source>
        <translation>Зерно запуску; генерування жадібне (найімовірніший токен), тож ті самі файли й налаштування дають ті самі тексти</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message>
        <source>F16 (as llama.cpp)</source>
        <translation>F16 (як у llama.cpp)</translation>
    </message>
    <message>
        <source>F32</source>
        <translation>F32</translation>
    </message>
    <message>
        <source>What the KV cache holds: keys and values rounded to half precision, llama.cpp&apos;s default, or full float</source>
        <translation>Що зберігає KV-кеш: ключі та значення, округлені до половинної точності (типово в llama.cpp), або з повною точністю float</translation>
    </message>
    <message>
        <source>KV cache:</source>
        <translation>KV-кеш:</translation>
    </message>
    <message>
        <source>Evaluation text</source>
        <translation>Текст для оцінювання</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Текстові файли (*.txt *.md);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 · CPU emulation</source>
        <translation>%1 · емуляція на CPU</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot run the engine: %2</source>
        <translation>%1 не може виконувати рушій: %2</translation>
    </message>
    <message>
        <source>%1 is a CPU emulation of Vulkan (Mesa&apos;s lavapipe): quality figures are exact, but its speed says nothing about a GPU.</source>
        <translation>%1 — це емуляція Vulkan на CPU (lavapipe з Mesa): показники якості точні, але швидкість нічого не говорить про GPU.</translation>
    </message>
    <message>
        <source>The CPU reference engine computes in float for exactness, not speed: use it to check quality.</source>
        <translation>Еталонний рушій на CPU обчислює у float заради точності, а не швидкості: використовуйте його для перевірки якості.</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <source>calls per %1 min</source>
        <translation>викликів за %1 хв</translation>
    </message>
    <message>
        <source>call chain depth</source>
        <translation>глибина ланцюжка викликів</translation>
    </message>
    <message>
        <source>finding anomalies</source>
        <translation>пошук аномалій</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>Spend spike</source>
        <translation>Сплеск витрат</translation>
    </message>
    <message>
        <source>Shadow spend</source>
        <translation>Тіньові витрати</translation>
    </message>
    <message>
        <source>Agent loop</source>
        <translation>Цикл агента</translation>
    </message>
    <message>
        <source>Retry storm</source>
        <translation>Шквал повторних спроб</translation>
    </message>
    <message>
        <source>Context bloat</source>
        <translation>Роздування контексту</translation>
    </message>
    <message>
        <source>Unpriced model</source>
        <translation>Модель без ціни</translation>
    </message>
    <message>
        <source>Daily list spend of each %1 is compared with the median of the same weekday over the previous %2 weeks (weekends are compared with weekends). A day is a spike when its spend exceeds that median by more than the largest of %3 × 1.4826 × MAD (median absolute deviation of those weekdays), %4% of the median and $%5. The series must have spent on at least %6 of those weekdays. Excess = spend − median, summed over consecutive spike days.</source>
        <translation>Щоденні витрати за прейскурантом у розрізі %1 порівнюються з медіаною того самого дня тижня за попередні %2 тиж. (вихідні — з вихідними). День вважається сплеском, якщо його витрати перевищують цю медіану більше ніж на найбільше з таких значень: %3 × 1,4826 × MAD (медіана абсолютних відхилень для цих днів тижня), %4% медіани та $%5. Ряд має містити витрати щонайменше за %6 із цих днів тижня. Надлишок = витрати − медіана, підсумовано за дні сплеску поспіль.</translation>
    </message>
    <message>
        <source>Spend on an API key (or, for calls without a key, a model) whose calls carry no cost center and no owner, after attribution rules: nobody claims it. A key is reported once its spend reaches $%1. Excess = all of that spend; severity by that amount alone (there is no baseline). A key first seen more than %2 days after the workspace&apos;s first day is new, which raises its severity one step.</source>
        <translation>Витрати на API-ключ (або, для викликів без ключа, на модель), виклики якого після застосування правил атрибуції не мають ні центру витрат, ні власника: на них ніхто не претендує. Про ключ повідомляється, щойно його витрати сягають $%1. Надлишок = усі ці витрати; серйозність визначається лише цією сумою (базового рівня немає). Ключ, уперше помічений більш ніж через %2 дн. після першого дня робочого простору, вважається новим, що підвищує його серйозність на один рівень.</translation>
    </message>
    <message>
        <source>Calls of each task (or agent, without task ids) per %1-minute window. Norm: the median peak window of the project&apos;s other tasks (none: only the floor applies; for an agent, the median of its own windows). Runaway: at least %2 calls and %3 × the norm in a window; adjacent runaway windows form one loop. A parent_call_id chain of %4 or more calls is a loop at any pace. Excess = cost × (1 − norm × windows / calls); for a slow loop, the norm is the median calls per task of the project&apos;s other tasks.</source>
        <translation>Виклики кожного завдання (або агента, якщо немає ідентифікаторів завдань) за вікно тривалістю %1 хв. Норма: медіана пікових вікон інших завдань проєкту (якщо їх немає, діє лише нижній поріг; для агента — медіана його власних вікон). Неконтрольований цикл: у вікні щонайменше %2 викликів і %3 × норма; суміжні такі вікна утворюють один цикл. Ланцюжок parent_call_id з %4 або більше викликів вважається циклом за будь-якого темпу. Надлишок = вартість × (1 − норма × вікна / виклики); для повільного циклу норма — медіанна кількість викликів на завдання серед інших завдань проєкту.</translation>
    </message>
    <message>
        <source>Error calls per %1-minute window of each API key and model against that pair&apos;s mean errors per window over the whole workspace. A burst: at least %2 errors and %3 × the mean. Excess = the cost of the burst&apos;s error calls beyond the mean.</source>
        <translation>Виклики з помилками за вікно тривалістю %1 хв для кожної пари API-ключа й моделі порівняно із середньою кількістю помилок цієї пари за вікно в усьому робочому просторі. Шквал: щонайменше %2 помилок і %3 × середнє. Надлишок = вартість викликів із помилками під час шквалу понад середнє.</translation>
    </message>
    <message>
        <source>Input tokens per call of each workflow (project) per day, against the median of its previous %1 days with at least %2 calls (bloated days excluded; at least %3 such days needed). Bloat: %4× the baseline or more on %5 or more consecutive days. Excess = cost − calls × the baseline days&apos; median cost per call.</source>
        <translation>Вхідні токени на виклик для кожного робочого процесу (проєкту) за день порівняно з медіаною за попередні %1 дн. із щонайменше %2 викликами (дні з роздуванням не враховуються; таких днів потрібно щонайменше %3). Роздування: %4× від базового рівня або більше протягом %5 чи більше днів поспіль. Надлишок = вартість − виклики × медіанна вартість виклику в базові дні.</translation>
    </message>
    <message>
        <source>Calls to a model with no list price in the catalog or the workspace&apos;s prices. Their cost is unknown (never counted as $0), so the excess is unknown. Severity: medium, high above %1% of all calls.</source>
        <translation>Виклики моделі, для якої немає прейскурантної ціни ні в каталозі, ні в цінах робочого простору. Їхня вартість невідома (ніколи не рахується як $0), тож надлишок теж невідомий. Серйозність: середня; висока, якщо частка перевищує %1% усіх викликів.</translation>
    </message>
    <message>
        <source>

Severity: critical from $%1 excess (or %2× with $%3); high from $%3 (or %4× with $%5); medium from $%5 or %6×; low below.</source>
        <translation>

Серйозність: критична від $%1 надлишку (або %2× за $%3); висока від $%3 (або %4× за $%5); середня від $%5 або %6×; нижче — низька.</translation>
    </message>
    <message>
        <source>input tokens per call</source>
        <translation>вхідних токенів на виклик</translation>
    </message>
    <message>
        <source>errors per %1 min</source>
        <translation>помилок за %1 хв</translation>
    </message>
    <message>
        <source>unowned list spend (USD)</source>
        <translation>витрати без власника за прейскурантом (USD)</translation>
    </message>
    <message>
        <source>list spend (USD)</source>
        <translation>витрати за прейскурантом (USD)</translation>
    </message>
    <message>
        <source>unpriced calls</source>
        <translation>виклики без ціни</translation>
    </message>
</context>
<context>
    <name>AnomaliesPage</name>
    <message>
        <source>Anomalies</source>
        <translation>Аномалії</translation>
    </message>
    <message>
        <source>Could not look for anomalies: %1</source>
        <translation>Не вдалося виконати пошук аномалій: %1</translation>
    </message>
    <message>
        <source>Looking for anomalies in the calls of the period…</source>
        <translation>Пошук аномалій у викликах за період…</translation>
    </message>
    <message>
        <source>List spend per day (USD); anomalies shaded by kind (spans shorter than a day widened to their day)</source>
        <translation>Щоденні витрати за прейскурантом (USD); аномалії затінено за типом (проміжки, коротші за день, розширено до цілого дня)</translation>
    </message>
    <message>
        <source>Daily list spend of the whole workspace. Shaded: when each anomaly happened; shadow spend and unpriced models last for weeks and are only listed.</source>
        <translation>Щоденні витрати за прейскурантом у всьому робочому просторі. Затінено: коли сталася кожна аномалія; тіньові витрати й моделі без ціни тривають тижнями, тому їх лише перелічено.</translation>
    </message>
    <message>
        <source>Select an anomaly to see how it was found and the calls behind it.</source>
        <translation>Виберіть аномалію, щоб побачити, як її виявлено і які виклики за нею стоять.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence calls&lt;/b&gt;</source>
        <translation>&lt;b&gt;Виклики-докази&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it was found&lt;/b&gt;</source>
        <translation>&lt;b&gt;Як її виявлено&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the evidence calls: %1</source>
        <translation>Не вдалося прочитати виклики-докази: %1</translation>
    </message>
    <message>
        <source>Excess: list cost above each detector&apos;s baseline. The header counts spend that shows in several anomalies once: of the spend spikes of one day (per cost center, model and key) only the largest counts, and a spike during a loop, retry storm or context bloat is that anomaly&apos;s spend. Each row&apos;s own excess is in the table; their sum is shown beside the header&apos;s when the two differ.</source>
        <translation>Надлишок: вартість за прейскурантом понад базовий рівень відповідного детектора. У заголовку витрати, що трапляються в кількох аномаліях, враховано один раз: зі сплесків витрат одного дня (за центром витрат, моделлю та ключем) враховується лише найбільший, а сплеск під час циклу, шквалу повторних спроб чи роздування контексту зараховується до витрат цієї аномалії. Надлишок кожного рядка наведено в таблиці; якщо їхня сума відрізняється від значення в заголовку, її показано поруч із ним.</translation>
    </message>
    <message>
        <source>No anomalies found.</source>
        <translation>Аномалій не виявлено.</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(s) · %1 critical, %2 high · estimated excess %3</source>
        <translation>
            <numerusform>%n аномалія · критичних: %1, високих: %2 · орієнтовний надлишок %3</numerusform>
            <numerusform>%n аномалії · критичних: %1, високих: %2 · орієнтовний надлишок %3</numerusform>
            <numerusform>%n аномалій · критичних: %1, високих: %2 · орієнтовний надлишок %3</numerusform>
        </translation>
    </message>
    <message>
        <source> (the rows add up to %1: overlapping anomalies are counted once here)</source>
        <translation> (сума рядків — %1: аномалії, що перекриваються, тут враховано один раз)</translation>
    </message>
    <message numerus="yes">
        <source> · %n without an estimate (unpriced)</source>
        <translation>
            <numerusform> · %n без оцінки (без ціни)</numerusform>
            <numerusform> · %n без оцінки (без ціни)</numerusform>
            <numerusform> · %n без оцінки (без ціни)</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Витрати за день</translation>
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
        <translation>&lt;p&gt;Надлишкові витрати: &lt;b&gt;%1&lt;/b&gt; · серйозність: %2 · викликів: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence calls&lt;/b&gt; (the first %1 events of %2 calls)</source>
        <translation>&lt;b&gt;Виклики-докази&lt;/b&gt; (перші події: %1 із %2 викликів)</translation>
    </message>
    <message>
        <source>List spend per day with anomalies shaded</source>
        <translation>Витрати за прейскурантом за день із затіненими аномаліями</translation>
    </message>
    <message>
        <source>How the selected anomaly was found</source>
        <translation>Як знайдено вибрану аномалію</translation>
    </message>
    <message>
        <source>Evidence calls</source>
        <translation>Виклики-докази</translation>
    </message>
</context>
<context>
    <name>AnomalyModel</name>
    <message>
        <source>Critical</source>
        <translation>Критична</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Висока</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Середня</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 against %3 (%4×)</source>
        <translation>%1: %2 проти %3 (%4×)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>The model has no price: its cost, and so the excess, is unknown (never counted as $0).</source>
        <translation>Модель не має ціни: її вартість, а отже й надлишок, невідомі (ніколи не рахуються як $0).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Початок (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Кінець (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <source>Excess cost</source>
        <translation>Надлишкові витрати</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Виміряно</translation>
    </message>
    <message>
        <source>Which detector found it: spend spike, shadow spend, agent loop, retry storm, context bloat or unpriced model.</source>
        <translation>Який детектор її виявив: сплеск витрат, тіньові витрати, цикл агента, шквал повторних спроб, роздування контексту чи модель без ціни.</translation>
    </message>
    <message>
        <source>The cost center, model, API key, project, task or agent the anomaly is about.</source>
        <translation>Центр витрат, модель, API-ключ, проєкт, завдання чи агент, якого стосується аномалія.</translation>
    </message>
    <message>
        <source>First day, or first call, of the anomaly (UTC).</source>
        <translation>Перший день або перший виклик аномалії (UTC).</translation>
    </message>
    <message>
        <source>End of the last day, or just after the last call (UTC, exclusive).</source>
        <translation>Кінець останнього дня або момент одразу після останнього виклику (UTC, не включно).</translation>
    </message>
    <message>
        <source>From the excess cost and the ratio to the baseline; the rule is in the method text.</source>
        <translation>За надлишковими витратами та відношенням до базового рівня; правило наведено в описі методу.</translation>
    </message>
    <message>
        <source>Estimated list cost above what the baseline expects (for shadow spend: all unowned spend).</source>
        <translation>Оцінена вартість за прейскурантом понад очікувану за базовим рівнем (для тіньових витрат — усі витрати без власника).</translation>
    </message>
    <message>
        <source>Calls behind the anomaly (the evidence).</source>
        <translation>Виклики, що стоять за аномалією (докази).</translation>
    </message>
    <message>
        <source>What the detector measured against its baseline.</source>
        <translation>Що виміряв детектор порівняно зі своїм базовим рівнем.</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>Rule %1: </source>
        <translation>Правило %1: </translation>
    </message>
    <message>
        <source>choose the field to match.</source>
        <translation>оберіть поле для зіставлення.</translation>
    </message>
    <message>
        <source>type a pattern, e.g. key_eng_* or *.</source>
        <translation>введіть шаблон, наприклад key_eng_* або *.</translation>
    </message>
    <message>
        <source>name the cost center it attributes to.</source>
        <translation>вкажіть центр витрат, до якого правило відносить виклики.</translation>
    </message>
    <message>
        <source>the pattern is not valid.</source>
        <translation>шаблон недійсний.</translation>
    </message>
</context>
<context>
    <name>AttributionPage</name>
    <message>
        <source>Pick a field or type a source attribute: tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.&lt;attribute&gt;.</source>
        <translation>Виберіть поле або введіть атрибут джерела: tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.&lt;attribute&gt;.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Give every call a cost center, team and owner. Rules apply, in order, to calls whose source names no cost center: the first rule whose field matches its pattern wins. Calls that no rule claims stay &lt;b&gt;unattributed&lt;/b&gt; — shadow spend until someone owns them.</source>
        <translation>Призначте кожному виклику центр витрат, команду й власника. Правила застосовуються по черзі до викликів, джерело яких не вказує центру витрат: перемагає перше правило, поле якого відповідає його шаблону. Виклики, яких не охопило жодне правило, залишаються &lt;b&gt;без атрибуції&lt;/b&gt; — це тіньові витрати, доки хтось не візьме їх на себе.</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Додати правило</translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation>Додати правило після вибраного</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Remove the selected rules</source>
        <translation>Вилучити вибрані правила</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Перемістити &amp;вгору</translation>
    </message>
    <message>
        <source>Earlier rules win</source>
        <translation>Попередні правила мають пріоритет</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Перемістити в&amp;низ</translation>
    </message>
    <message>
        <source>Later rules lose to earlier ones</source>
        <translation>Пізніші правила поступаються попереднім</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the rules; new imports use them (Ctrl+S)</source>
        <translation>Зберегти правила; нові імпорти використовуватимуть їх (Ctrl+S)</translation>
    </message>
    <message>
        <source>Apply to &amp;workspace…</source>
        <translation>Застосувати до &amp;робочого простору…</translation>
    </message>
    <message>
        <source>Save, then re-attribute every call already imported</source>
        <translation>Зберегти, а потім повторно атрибутувати всі вже імпортовані виклики</translation>
    </message>
    <message>
        <source>Attribute selected &amp;key…</source>
        <translation>Атрибутувати вибраний &amp;ключ…</translation>
    </message>
    <message>
        <source>Add a rule that gives the selected API key a cost center</source>
        <translation>Додати правило, що призначає вибраному API-ключу центр витрат</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unattributed: %1&lt;/b&gt; in %2 calls, by API key (double-click a key to attribute it):</source>
        <translation>&lt;b&gt;Без атрибуції: %1&lt;/b&gt;, викликів: %2, за API-ключами (двічі клацніть ключ, щоб атрибутувати його):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every call is attributed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Усі виклики атрибутовано.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Canceled; the workspace was not changed.</source>
        <translation>Скасовано; робочий простір не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>Re-attributed %n call(s).</source>
        <translation>
            <numerusform>Повторно атрибутовано %n виклик.</numerusform>
            <numerusform>Повторно атрибутовано %n виклики.</numerusform>
            <numerusform>Повторно атрибутовано %n викликів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rule(s). New imports use them; apply them to the workspace to re-attribute what is already imported.</source>
        <translation>
            <numerusform>Збережено %n правило. Нові імпорти використовуватимуть його; застосуйте його до робочого простору, щоб повторно атрибутувати вже імпортоване.</numerusform>
            <numerusform>Збережено %n правила. Нові імпорти використовуватимуть їх; застосуйте їх до робочого простору, щоб повторно атрибутувати вже імпортоване.</numerusform>
            <numerusform>Збережено %n правил. Нові імпорти використовуватимуть їх; застосуйте їх до робочого простору, щоб повторно атрибутувати вже імпортоване.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved rules</source>
        <translation>Незбережені правила</translation>
    </message>
    <message>
        <source>Save the changed attribution rules?</source>
        <translation>Зберегти змінені правила атрибуції?</translation>
    </message>
    <message>
        <source>Re-attributing calls…</source>
        <translation>Повторна атрибуція викликів…</translation>
    </message>
    <message>
        <source>Select an API key in the unattributed list first.</source>
        <translation>Спершу виберіть API-ключ у списку викликів без атрибуції.</translation>
    </message>
    <message>
        <source>These calls carry no API key: attribute them by project or a source attribute.</source>
        <translation>Ці виклики не мають API-ключа: атрибутуйте їх за проєктом або атрибутом джерела.</translation>
    </message>
    <message>
        <source>Attribute API key</source>
        <translation>Атрибутувати API-ключ</translation>
    </message>
    <message>
        <source>Cost center for calls with API key %1:</source>
        <translation>Центр витрат для викликів з API-ключем %1:</translation>
    </message>
    <message>
        <source>Rule added. Save, then apply it to the workspace to attribute the calls already imported.</source>
        <translation>Правило додано. Збережіть його, а потім застосуйте до робочого простору, щоб атрибутувати вже імпортовані виклики.</translation>
    </message>
    <message>
        <source>Attribution rules</source>
        <translation>Правила атрибуції</translation>
    </message>
    <message>
        <source>Unattributed spend</source>
        <translation>Витрати без атрибуції</translation>
    </message>
</context>
<context>
    <name>BreakEvenTab</name>
    <message>
        <source>Owned hardware</source>
        <translation>Власне обладнання</translation>
    </message>
    <message>
        <source>Rented GPU</source>
        <translation>Орендований GPU</translation>
    </message>
    <message>
        <source>The server is bought and depreciated straight-line over its years</source>
        <translation>Сервер купують і рівномірно амортизують протягом строку його використання</translation>
    </message>
    <message>
        <source>The GPU is rented by the hour (cloud on-demand or reserved); no depreciation</source>
        <translation>GPU орендують погодинно (у хмарі на вимогу або зарезервовано); без амортизації</translation>
    </message>
    <message>
        <source>Purchase price of the server with its GPUs (default: one data-center GPU server, about $35,000)</source>
        <translation>Ціна купівлі сервера з його GPU (типово: один GPU-сервер для центру обробки даних, близько 35 000 $)</translation>
    </message>
    <message>
        <source>Hardware price:</source>
        <translation>Ціна обладнання:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> р.</translation>
    </message>
    <message>
        <source>Straight-line depreciation period; 3 years is the usual book life of GPU servers</source>
        <translation>Строк рівномірної амортизації; 3 роки — звичайний строк корисного використання GPU-серверів в обліку</translation>
    </message>
    <message>
        <source>Depreciation:</source>
        <translation>Амортизація:</translation>
    </message>
    <message>
        <source> an hour</source>
        <translation> за годину</translation>
    </message>
    <message>
        <source>The GPU&apos;s hourly price, paid whether it is busy or not</source>
        <translation>Погодинна ціна GPU, яку сплачують незалежно від того, зайнятий він чи ні</translation>
    </message>
    <message>
        <source>GPU rent:</source>
        <translation>Оренда GPU:</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Average power draw of the server, cooling included (PUE); drawn all hours</source>
        <translation>Середня споживана потужність сервера з урахуванням охолодження (PUE); споживається цілодобово</translation>
    </message>
    <message>
        <source>Power draw:</source>
        <translation>Споживана потужність:</translation>
    </message>
    <message>
        <source> per kWh</source>
        <translation> за kWh</translation>
    </message>
    <message>
        <source>Electricity tariff</source>
        <translation>Тариф на електроенергію</translation>
    </message>
    <message>
        <source>Electricity:</source>
        <translation>Електроенергія:</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> на місяць</translation>
    </message>
    <message>
        <source>Rack space, network, storage and monitoring for the server</source>
        <translation>Місце в стійці, мережа, сховище та моніторинг для сервера</translation>
    </message>
    <message>
        <source>Hosting:</source>
        <translation>Хостинг:</translation>
    </message>
    <message>
        <source>The share of MLOps salaries this server takes (patching, upgrades, on-call). Leaving it out makes self-hosting look cheaper than it is.</source>
        <translation>Частка зарплат фахівців MLOps, що припадає на цей сервер (латки, оновлення, чергування). Без неї власний хостинг здається дешевшим, ніж є насправді.</translation>
    </message>
    <message>
        <source>MLOps share:</source>
        <translation>Частка MLOps:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of paid hours the server spends generating. Every cost is per hour, so $ per 1M tokens is inversely proportional to it: 30% costs three times what 90% does.</source>
        <translation>Частка оплачених годин, протягом яких сервер генерує. Усі витрати погодинні, тож $ за 1 млн токенів обернено пропорційні цій частці: 30 % коштують утричі більше, ніж 90 %.</translation>
    </message>
    <message>
        <source>Utilization:</source>
        <translation>Завантаження:</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> токенів/s</translation>
    </message>
    <message>
        <source>Tokens the server processes per second at full load, prompt and generated, all concurrent requests together (the API side counts both). A saved A/B run gives its single-stream decode speed, a lower bound for batched serving.</source>
        <translation>Токени, які сервер обробляє за секунду за повного навантаження, — і промпту, і згенеровані, разом для всіх одночасних запитів (на боці API враховують обидва види). Збережений A/B-прогін дає швидкість декодування в одному потоці — нижню межу для обслуговування з пакетною обробкою.</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>Пропускна здатність:</translation>
    </message>
    <message>
        <source>Take the throughput from a saved A/B run (its model B&apos;s median decode speed)</source>
        <translation>Узяти пропускну здатність зі збереженого A/B-прогону (медіанна швидкість декодування його моделі B)</translation>
    </message>
    <message>
        <source>From A/B run:</source>
        <translation>З A/B-прогону:</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Цей робочий простір</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Вручну</translation>
    </message>
    <message>
        <source>Type the monthly tokens and what the API charges for them</source>
        <translation>Ввести кількість токенів на місяць і суму, яку API за них стягує</translation>
    </message>
    <message>
        <source>The API side is the workspace&apos;s tokens and list cost over the period chosen, per average month</source>
        <translation>Бік API — це токени та вартість за прейскурантом із робочого простору за вибраний період у перерахунку на середній місяць</translation>
    </message>
    <message>
        <source>API volume:</source>
        <translation>Обсяг API:</translation>
    </message>
    <message>
        <source> tokens a month</source>
        <translation> токенів на місяць</translation>
    </message>
    <message>
        <source>Input and output tokens a month that the server would take over</source>
        <translation>Вхідні та вихідні токени на місяць, які взяв би на себе сервер</translation>
    </message>
    <message>
        <source>Monthly tokens:</source>
        <translation>Токенів на місяць:</translation>
    </message>
    <message>
        <source>What the API charges for those tokens a month</source>
        <translation>Скільки API стягує за ці токени на місяць</translation>
    </message>
    <message>
        <source>API spend:</source>
        <translation>Витрати на API:</translation>
    </message>
    <message>
        <source>$ per 1M tokens against utilization</source>
        <translation>$ за 1 млн токенів залежно від завантаження</translation>
    </message>
    <message>
        <source>Sensitivity: $ per 1M with each input 20% lower and higher</source>
        <translation>Чутливість: $ за 1 млн, коли кожен вхідний параметр на 20 % нижчий або вищий</translation>
    </message>
    <message>
        <source>Self-hosting</source>
        <translation>Власний хостинг</translation>
    </message>
    <message>
        <source>(typed)</source>
        <translation>(вручну)</translation>
    </message>
    <message>
        <source>GPU rent</source>
        <translation>Оренда GPU</translation>
    </message>
    <message>
        <source>Hardware price</source>
        <translation>Ціна обладнання</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Амортизація</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 р.</translation>
    </message>
    <message>
        <source>Power draw</source>
        <translation>Споживана потужність</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Електроенергія</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Хостинг</translation>
    </message>
    <message>
        <source>MLOps share</source>
        <translation>Частка MLOps</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускна здатність</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 токенів/s</translation>
    </message>
    <message>
        <source>API tokens a month</source>
        <translation>Токенів API на місяць</translation>
    </message>
    <message>
        <source>API spend a month</source>
        <translation>Витрати на API на місяць</translation>
    </message>
    <message>
        <source>Server cost a month</source>
        <translation>Вартість сервера на місяць</translation>
    </message>
    <message>
        <source>Self-hosted $ per 1M</source>
        <translation>$ за 1 млн (власний хостинг)</translation>
    </message>
    <message>
        <source>API $ per 1M</source>
        <translation>$ за 1 млн (API)</translation>
    </message>
    <message>
        <source>Servers needed</source>
        <translation>Потрібно серверів</translation>
    </message>
    <message>
        <source>Self-hosted a month</source>
        <translation>Власний хостинг на місяць</translation>
    </message>
    <message>
        <source>API a month</source>
        <translation>API на місяць</translation>
    </message>
    <message>
        <source>Saved a month</source>
        <translation>Економія на місяць</translation>
    </message>
    <message>
        <source>Break-even volume</source>
        <translation>Обсяг у точці беззбитковості</translation>
    </message>
    <message>
        <source>%1 tokens a month</source>
        <translation>%1 токенів на місяць</translation>
    </message>
    <message>
        <source>Break-even utilization</source>
        <translation>Завантаження в точці беззбитковості</translation>
    </message>
    <message>
        <source>above 100%</source>
        <translation>понад 100 %</translation>
    </message>
    <message>
        <source>&lt;p&gt;The server costs &lt;b&gt;%1 a month&lt;/b&gt;: &lt;b&gt;%2 per 1M tokens&lt;/b&gt; at %3 utilization, against the API&apos;s &lt;b&gt;%4 per 1M&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Сервер коштує &lt;b&gt;%1 на місяць&lt;/b&gt;: &lt;b&gt;%2 за 1 млн токенів&lt;/b&gt; за завантаження %3 проти &lt;b&gt;%4 за 1 млн&lt;/b&gt; в API.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 tokens a month need %n server(s) at that utilization, busy %2 of the time with this volume: %3 a month against the API&apos;s %4.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Для %1 токенів на місяць за такого завантаження потрібен %n сервер, зайнятий за цього обсягу %2 часу: %3 на місяць проти %4 в API.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Для %1 токенів на місяць за такого завантаження потрібні %n сервери, зайняті за цього обсягу %2 часу: %3 на місяць проти %4 в API.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Для %1 токенів на місяць за такого завантаження потрібно %n серверів, зайнятих за цього обсягу %2 часу: %3 на місяць проти %4 в API.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;Self-hosting %1 &lt;b&gt;%2&lt;/b&gt; a month.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Власний хостинг %1 &lt;b&gt;%2&lt;/b&gt; на місяць.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>saves</source>
        <translation>заощаджує</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>коштує додатково</translation>
    </message>
    <message>
        <source>&lt;p&gt;One server breaks even at &lt;b&gt;%1 tokens a month&lt;/b&gt;; to match the API&apos;s price per token it must be busy %2 of the time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Один сервер досягає точки беззбитковості за &lt;b&gt;%1 токенів на місяць&lt;/b&gt;; щоб зрівнятися з ціною API за токен, він має бути зайнятий %2 часу.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>щонайменше %1</translation>
    </message>
    <message>
        <source>more than 100%</source>
        <translation>понад 100 %</translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation>власний хостинг</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>stated utilization</source>
        <translation>задане завантаження</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>завантаження</translation>
    </message>
    <message>
        <source>input 20% lower</source>
        <translation>параметр на 20 % нижчий</translation>
    </message>
    <message>
        <source>input 20% higher</source>
        <translation>параметр на 20 % вищий</translation>
    </message>
    <message>
        <source>change in $ per 1M from %1</source>
        <translation>зміна $ за 1 млн відносно %1</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>List cost: tokens in each of the six buckets × the price valid at the time of the call. Calls to models without a known price are not counted (they are listed as unpriced, never as $0).</source>
        <translation>Вартість за прейскурантом: токени в кожній із шести категорій × ціна, чинна на момент виклику. Виклики моделей без відомої ціни не враховуються (їх позначено як «без ціни», а не як 0 $).</translation>
    </message>
    <message>
        <source>Share of the list cost of the period.</source>
        <translation>Частка у вартості за прейскурантом за період.</translation>
    </message>
    <message>
        <source>LLM calls (a provider&apos;s aggregated bucket counts its requests).</source>
        <translation>Виклики LLM (в агрегованих даних постачальника враховуються його запити).</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>Cost / task</source>
        <translation>Вартість завдання</translation>
    </message>
    <message>
        <source>CPSO</source>
        <translation>CPSO</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Переробка</translation>
    </message>
    <message>
        <source>Token eff.</source>
        <translation>Ефект. токенів</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Влучання в кеш</translation>
    </message>
    <message>
        <source>Calls whose source names no model (an export not grouped by model): they cannot be priced.</source>
        <translation>Виклики, джерело яких не вказує модель (експорт без групування за моделями): їм не можна призначити ціну.</translation>
    </message>
    <message>
        <source>Calls that no cost center, team or owner claims: attribute their API keys to stop shadow spend.</source>
        <translation>Виклики, що не належать жодному центру витрат, команді чи власнику: виконайте атрибуцію їхніх API-ключів, щоб припинити тіньові витрати.</translation>
    </message>
    <message>
        <source>Reported by the provider&apos;s cost export: there are no calls to price in this period.</source>
        <translation>За даними експорту витрат постачальника: у цьому періоді немає викликів, яким можна призначити ціну.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to unpriced models not included: %1</source>
        <translation>
            <numerusform>%n виклик моделей без ціни не враховано: %1</numerusform>
            <numerusform>%n виклики моделей без ціни не враховано: %1</numerusform>
            <numerusform>%n викликів моделей без ціни не враховано: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>без ціни</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>— (double-click to set)</source>
        <translation>— (двічі клацніть, щоб задати)</translation>
    </message>
    <message>
        <source>%1 (month complete)</source>
        <translation>%1 (місяць завершено)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>не досягнуто</translation>
    </message>
    <message>
        <source>reached 100 % %1; no later calls to block</source>
        <translation>100 % досягнуто %1; пізніших викликів для блокування немає</translation>
    </message>
    <message>
        <source>would have stopped %1, blocking %2 of %3 calls</source>
        <translation>зупинив би %1, заблокувавши %2 (викликів: %3)</translation>
    </message>
    <message>
        <source>Monthly budget of %1 in USD of list cost. Double-click to change; 0 removes it. Setting a budget adds alert rules at 80 %, 90 % and 100 % and on a forecast breach.</source>
        <translation>Місячний бюджет %1 у USD за прейскурантом. Двічі клацніть, щоб змінити; 0 його видаляє. Установлення бюджету додає правила сповіщень на 80 %, 90 % і 100 % та на випадок перевищення прогнозу.</translation>
    </message>
    <message>
        <source>List cost of the month&apos;s calls from its first day through the as-of day (UTC); calls without a known price are not counted.</source>
        <translation>Вартість за прейскурантом викликів місяця від його першого дня до звітного дня включно (UTC); виклики без відомої ціни не враховуються.</translation>
    </message>
    <message>
        <source>Month-end forecast of %1 days after %2 elapsed: month-to-date plus each remaining day at the mean of its kind so far (working days or weekend days, UTC) = %3.
Interval (10th–90th percentile): ± 1.28 × standard deviation of the daily spend around its kind&apos;s mean (%4/day) × √%5 remaining days.</source>
        <translation>Прогноз на кінець місяця (днів у місяці: %1, минуло: %2): сума з початку місяця плюс кожен день, що залишився, за середнім значенням, досі отриманим для днів того самого типу (робочих чи вихідних, UTC) = %3.
Інтервал (10–90-й процентилі): ± 1,28 × стандартне відхилення щоденних витрат від середнього для свого типу днів (%4/день) × √%5 (кількість днів, що залишилися).</translation>
    </message>
    <message>
        <source>Alert rules that fired this month:</source>
        <translation>Правила сповіщень, що спрацювали цього місяця:</translation>
    </message>
    <message>
        <source>forecast above %1 of the budget on %2 (judged from day 7)</source>
        <translation>прогноз понад %1 бюджету %2 (оцінюється з 7-го дня)</translation>
    </message>
    <message>
        <source>%1 of the budget spent at %2</source>
        <translation>%1 бюджету витрачено %2</translation>
    </message>
    <message>
        <source>Circuit breaker: replaying the month&apos;s calls in time order, the call that took spend to 100 % of the budget still runs; a hard stop would have blocked every later call (their list cost and count shown).</source>
        <translation>Запобіжник (circuit breaker): якщо відтворити виклики місяця в хронологічному порядку, виклик, що довів витрати до 100 % бюджету, ще виконується; жорстка зупинка заблокувала б усі пізніші виклики (показано їхню вартість за прейскурантом і кількість).</translation>
    </message>
    <message>
        <source>Month-to-date as a share of the budget.</source>
        <translation>Сума з початку місяця як частка бюджету.</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Центр витрат</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Місячний бюджет</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>З початку місяця</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <source>Month-end forecast (10–90 %)</source>
        <translation>Прогноз на кінець місяця (10–90 %)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Запобіжник</translation>
    </message>
    <message>
        <source>Bar: month-to-date (dark) and forecast (light) with whiskers at the 10th and 90th percentile; the red mark is the budget.</source>
        <translation>Смуга: сума з початку місяця (темна) і прогноз (світла) з «вусами» на 10-му та 90-му процентилях; червона позначка — бюджет.</translation>
    </message>
    <message>
        <source>Budget alert rules that fired this month: 80 %, 90 %, 100 % of the budget spent, and the forecast above the budget.</source>
        <translation>Правила бюджетних сповіщень, що спрацювали цього місяця: витрачено 80 %, 90 %, 100 % бюджету та прогноз понад бюджет.</translation>
    </message>
    <message>
        <source>What a hard stop at 100 % of the budget would have blocked this month.</source>
        <translation>Що цього місяця заблокувала б жорстка зупинка на 100 % бюджету.</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <source>Canceled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>Cannot write the alert rules: %1</source>
        <translation>Не вдалося записати правила сповіщень: %1</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Budgets</source>
        <translation>Бюджети</translation>
    </message>
    <message>
        <source>The calendar month (UTC) that holds the as-of day, from its first day through the as-of day. Spend is list cost from the price catalog.</source>
        <translation>Календарний місяць (UTC), що містить звітний день, від першого дня до звітного дня включно. Витрати — це вартість за прейскурантом із каталогу цін.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <source>Export alert rules…</source>
        <translation>Експортувати правила сповіщень…</translation>
    </message>
    <message>
        <source>Write the budgets and anomaly thresholds as Prometheus alerting rules (YAML) for LiteLLM&apos;s litellm_spend_metric_total by team_alias; check them with promtool check rules.</source>
        <translation>Записати бюджети й порогові значення аномалій як правила сповіщень Prometheus (YAML) для метрики litellm_spend_metric_total з LiteLLM за team_alias; перевірте їх командою promtool check rules.</translation>
    </message>
    <message>
        <source>Change budget</source>
        <translation>Змінити бюджет</translation>
    </message>
    <message>
        <source>Export alert rules</source>
        <translation>Експортувати правила сповіщень</translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation>Правила Prometheus (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>No calls in this workspace yet.</source>
        <translation>У цьому робочому просторі ще немає викликів.</translation>
    </message>
    <message>
        <source>%1, day %2 of %3 (as of %4, UTC). Spend is list cost; double-click a budget to change it.</source>
        <translation>%1, день %2 з %3 (станом на %4, UTC). Витрати — це вартість за прейскурантом; двічі клацніть бюджет, щоб змінити його.</translation>
    </message>
    <message>
        <source>No budgets yet: double-click a cost center&apos;s monthly budget to set one. Alerts at 80 %, 90 % and 100 % and on a forecast breach come with it.</source>
        <translation>Бюджетів ще немає: двічі клацніть місячний бюджет центру витрат, щоб задати його. Разом із ним з’являться сповіщення на 80 %, 90 % і 100 % та на випадок перевищення прогнозу.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n alert rule(s) to %1.</source>
        <translation>
            <numerusform>У %1 записано %n правило сповіщень.</numerusform>
            <numerusform>У %1 записано %n правила сповіщень.</numerusform>
            <numerusform>У %1 записано %n правил сповіщень.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day counted (UTC): pick it or type it. It shows the workspace&apos;s last event day until you choose another.</source>
        <translation>Останній врахований день (UTC): оберіть або введіть його. Доки ви не оберете інший, тут показано день останньої події робочого простору.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <source>Count up to the workspace&apos;s last event day again.</source>
        <translation>Знову рахувати до дня останньої події робочого простору.</translation>
    </message>
    <message>
        <source>%1 has no budget: set one to see its forecast</source>
        <translation>%1 не має бюджету: задайте його, щоб побачити прогноз</translation>
    </message>
    <message>
        <source>%1: cumulative spend, budget and month-end forecast</source>
        <translation>%1: накопичені витрати, бюджет і прогноз на кінець місяця</translation>
    </message>
    <message>
        <source>Spend (cumulative)</source>
        <translation>Витрати (накопичені)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>10–90 % interval</source>
        <translation>Інтервал 10–90 %</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>День місяця</translation>
    </message>
    <message>
        <source>USD (list cost)</source>
        <translation>USD (за прейскурантом)</translation>
    </message>
    <message>
        <source>Budgets per cost center</source>
        <translation>Бюджети за центрами витрат</translation>
    </message>
    <message>
        <source>Cumulative spend, budget and forecast of the selected cost center</source>
        <translation>Накопичені витрати, бюджет і прогноз вибраного центру витрат</translation>
    </message>
</context>
<context>
    <name>CacheTab</name>
    <message>
        <source>The model and its provider&apos;s cache rules from the price catalog (Prices page): minimum cacheable tokens, OpenAI&apos;s 128-token steps, Anthropic&apos;s write premiums (1.25× for 5 minutes, 2× for an hour) and reads at 0.1×</source>
        <translation>Модель і правила кешування її постачальника з каталогу цін (сторінка «Ціни»): мінімальна кількість токенів для кешування, кроки OpenAI по 128 токенів, надбавки Anthropic за запис (1,25× на 5 хвилин, 2× на годину) і читання за 0,1×</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> токенів</translation>
    </message>
    <message>
        <source>The request&apos;s static prefix: system prompt, tool definitions, examples, the same on every call. Only this part can be cached.</source>
        <translation>Статичний префікс запиту: системний промпт, визначення інструментів, приклади — однакові в кожному виклику. Кешувати можна лише цю частину.</translation>
    </message>
    <message>
        <source>Static prefix:</source>
        <translation>Статичний префікс:</translation>
    </message>
    <message>
        <source>The part of the input that changes per request (the user&apos;s message, retrieved documents)</source>
        <translation>Частина вхідних даних, що змінюється від запиту до запиту (повідомлення користувача, знайдені документи)</translation>
    </message>
    <message>
        <source>Variable input:</source>
        <translation>Змінні вхідні дані:</translation>
    </message>
    <message>
        <source>Tokens generated per request; the same with or without a cache, included in both daily costs</source>
        <translation>Токени, згенеровані на запит; однакові з кешем і без нього, враховані в обох денних витратах</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Вихідні токени:</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> на день</translation>
    </message>
    <message>
        <source>Requests a day. With replayed arrivals this is the workflow&apos;s own average over the days read.</source>
        <translation>Запитів на день. Для відтворених надходжень це власне середнє значення робочого процесу за прочитані дні.</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Запити:</translation>
    </message>
    <message>
        <source>Uniform over 24 hours</source>
        <translation>Рівномірно протягом 24 годин</translation>
    </message>
    <message>
        <source>Business hours (9:00–17:00)</source>
        <translation>Робочі години (9:00–17:00)</translation>
    </message>
    <message>
        <source>Bursts of 10, a second apart</source>
        <translation>Пакети по 10 з інтервалом у секунду</translation>
    </message>
    <message>
        <source>Replayed from a workflow</source>
        <translation>Відтворені з робочого процесу</translation>
    </message>
    <message>
        <source>When requests arrive decides how many find the cache warm: the hit rate is simulated request by request against the TTL, never assumed</source>
        <translation>Від того, коли надходять запити, залежить, скільки з них застануть кеш «теплим»: частку влучань моделюють запит за запитом з урахуванням TTL, а не припускають</translation>
    </message>
    <message>
        <source>Arrivals:</source>
        <translation>Надходження:</translation>
    </message>
    <message>
        <source>A workflow (project, else cost center) or a whole cost center of the workspace: the times of its calls over the period chosen are replayed against the cache</source>
        <translation>Робочий процес (проєкт, інакше центр витрат) або весь центр витрат робочого простору: моменти його викликів за вибраний період відтворюються для кешу</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Відтворення:</translation>
    </message>
    <message>
        <source>Provider&apos;s default</source>
        <translation>Типове для постачальника</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 хвилин</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 година</translation>
    </message>
    <message>
        <source>How long an entry lives. Anthropic: 5 minutes (writes 1.25×) or 1 hour (writes 2×), refreshed on each hit. Gemini explicit: 1 hour by default, not refreshed. OpenAI&apos;s automatic cache cannot be set: idle entries go after 5 minutes, all within the hour.</source>
        <translation>Скільки живе запис. Anthropic: 5 хвилин (запис 1,25×) або 1 година (запис 2×), оновлюється з кожним влучанням. Явний кеш Gemini: типово 1 година, без оновлення. Автоматичний кеш OpenAI налаштувати не можна: невикористані записи зникають через 5 хвилин, усі — протягом години.</translation>
    </message>
    <message>
        <source>TTL:</source>
        <translation>TTL:</translation>
    </message>
    <message>
        <source>Gemini explicit cache (storage billed per hour)</source>
        <translation>Явний кеш Gemini (зберігання оплачується погодинно)</translation>
    </message>
    <message>
        <source>Gemini&apos;s explicit cache: created at the input price, reads 90% off, and storage per 1M tokens per hour it lives ($4.50 for 2.5 Pro, $1.00 for Flash). Unticked: Gemini&apos;s implicit cache, without storage.</source>
        <translation>Явний кеш Gemini: створюється за ціною вхідних токенів, читання на 90 % дешевше, плюс зберігання за кожен 1 млн токенів за кожну годину існування (4,50 $ для 2.5 Pro, 1,00 $ для Flash). Без позначки: неявний кеш Gemini, без плати за зберігання.</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Перевизначити</translation>
    </message>
    <message>
        <source>Use a negotiated input price instead of the catalog&apos;s list price</source>
        <translation>Використовувати узгоджену ціну вхідних токенів замість прейскурантної ціни з каталогу</translation>
    </message>
    <message>
        <source> per 1M</source>
        <translation> за 1 млн</translation>
    </message>
    <message>
        <source>A negotiated input price; the cache read and write prices follow by the provider&apos;s multipliers</source>
        <translation>Узгоджена ціна вхідних токенів; ціни читання з кешу та запису в кеш визначаються множниками постачальника</translation>
    </message>
    <message>
        <source>Input price:</source>
        <translation>Ціна вхідних токенів:</translation>
    </message>
    <message>
        <source>$ a month saved against requests a day</source>
        <translation>Економія $ на місяць залежно від кількості запитів на день</translation>
    </message>
    <message>
        <source>$ a month saved against the static prefix</source>
        <translation>Економія $ на місяць залежно від статичного префікса</translation>
    </message>
    <message>
        <source>&lt;b&gt;The workspace&apos;s workflows&lt;/b&gt;: realized savings from the cache reads billed, and potential savings with the prefix cached, simulated on each workflow&apos;s own arrival times (double-click a row to load it above)</source>
        <translation>&lt;b&gt;Робочі процеси робочого простору&lt;/b&gt;: реалізована економія від оплачених читань із кешу та потенційна економія з кешованим префіксом, змодельована на власних моментах надходження кожного процесу (двічі клацніть рядок, щоб завантажити його вище)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Робочий процес</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Префікс</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>Реалізовано</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенціал</translation>
    </message>
    <message>
        <source>Unrealized</source>
        <translation>Нереалізовано</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Частка влучань</translation>
    </message>
    <message>
        <source>Median gap</source>
        <translation>Медіанний інтервал</translation>
    </message>
    <message>
        <source>Gaps &lt; 5 min</source>
        <translation>Інтервали &lt; 5 min</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>The project, else the cost center, of the calls</source>
        <translation>Проєкт викликів, інакше їхній центр витрат</translation>
    </message>
    <message>
        <source>The model called; caches are per model</source>
        <translation>Викликана модель; кеш окремий для кожної моделі</translation>
    </message>
    <message>
        <source>Calls in the period chosen</source>
        <translation>Виклики за вибраний період</translation>
    </message>
    <message>
        <source>The prefix assumed cacheable: the median the cache held where the calls were cached, else the smallest prompt of the workflow (≤: no prefix every call shares can be longer)</source>
        <translation>Префікс, який вважається придатним до кешування: медіана того, що містив кеш у кешованих викликах, інакше найкоротший промпт робочого процесу (≤: спільний для всіх викликів префікс не може бути довшим)</translation>
    </message>
    <message>
        <source>$ a month saved by the cache reads actually billed, less the write premiums paid</source>
        <translation>Економія $ на місяць завдяки фактично оплаченим читанням із кешу за вирахуванням сплачених надбавок за запис</translation>
    </message>
    <message>
        <source>$ a month the prefix would save, cached under the provider&apos;s rules, on the calls&apos; own arrival times</source>
        <translation>Економія $ на місяць, яку дав би префікс, кешований за правилами постачальника, на власних моментах надходження викликів</translation>
    </message>
    <message>
        <source>Potential less realized: what is left on the table</source>
        <translation>Потенціал мінус реалізоване: те, що залишається невикористаним</translation>
    </message>
    <message>
        <source>Share of the replayed calls that find the prefix cached</source>
        <translation>Частка відтворених викликів, які застають префікс у кеші</translation>
    </message>
    <message>
        <source>Median time between consecutive calls of the workflow and model</source>
        <translation>Медіанний час між послідовними викликами робочого процесу й моделі</translation>
    </message>
    <message>
        <source>Share of consecutive calls less than 5 minutes apart (a 5-minute TTL keeps these warm)</source>
        <translation>Частка послідовних викликів з інтервалом менше 5 хвилин (TTL 5 хвилин зберігає для них кеш «теплим»)</translation>
    </message>
    <message>
        <source>Why a potential is missing</source>
        <translation>Чому немає потенціалу</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Кешування</translation>
    </message>
    <message>
        <source>Cost center: %1</source>
        <translation>Центр витрат: %1</translation>
    </message>
    <message>
        <source>Choose a model from the catalog.</source>
        <translation>Оберіть модель із каталогу.</translation>
    </message>
    <message>
        <source>The static prefix cannot be negative.</source>
        <translation>Статичний префікс не може бути від’ємним.</translation>
    </message>
    <message>
        <source>The variable input cannot be negative.</source>
        <translation>Змінні вхідні дані не можуть бути від’ємними.</translation>
    </message>
    <message>
        <source>Output tokens cannot be negative.</source>
        <translation>Кількість вихідних токенів не може бути від’ємною.</translation>
    </message>
    <message>
        <source>The input price must be more than $0 and at most $1,000 per 1M tokens.</source>
        <translation>Ціна вхідних токенів має бути більшою за 0 $ і не перевищувати 1 000 $ за 1 млн токенів.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n call(s) in the days read: too few to replay (at least %2); choose an arrival pattern instead.</source>
        <translation>
            <numerusform>«%1» має за прочитані дні %n виклик: замало для відтворення (потрібно щонайменше %2); натомість оберіть схему надходження.</numerusform>
            <numerusform>«%1» має за прочитані дні %n виклики: замало для відтворення (потрібно щонайменше %2); натомість оберіть схему надходження.</numerusform>
            <numerusform>«%1» має за прочитані дні %n викликів: замало для відтворення (потрібно щонайменше %2); натомість оберіть схему надходження.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests a day must be between 1 and 10,000,000.</source>
        <translation>Кількість запитів на день має бути від 1 до 10 000 000.</translation>
    </message>
    <message>
        <source>%1 has no prompt cache the planner models.</source>
        <translation>%1 не має кешу промптів, який моделює планувальник.</translation>
    </message>
    <message>
        <source>Static prefix (tokens)</source>
        <translation>Статичний префікс (токени)</translation>
    </message>
    <message>
        <source>Variable input (tokens)</source>
        <translation>Змінні вхідні дані (токени)</translation>
    </message>
    <message>
        <source>Output (tokens)</source>
        <translation>Вихідні токени</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Надходження</translation>
    </message>
    <message>
        <source>replayed from %1</source>
        <translation>відтворено з %1</translation>
    </message>
    <message>
        <source>Requests a day</source>
        <translation>Запитів на день</translation>
    </message>
    <message>
        <source>as replayed</source>
        <translation>як у відтворенні</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Gemini explicit cache</source>
        <translation>Явний кеш Gemini</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Input price</source>
        <translation>Ціна вхідних токенів</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>каталог</translation>
    </message>
    <message>
        <source>Cached tokens a request</source>
        <translation>Кешованих токенів на запит</translation>
    </message>
    <message>
        <source>Hit rate (simulated)</source>
        <translation>Частка влучань (змодельована)</translation>
    </message>
    <message>
        <source>Cache writes a day</source>
        <translation>Записів у кеш на день</translation>
    </message>
    <message>
        <source>Without caching, a day</source>
        <translation>Без кешування, на день</translation>
    </message>
    <message>
        <source>With caching, a day</source>
        <translation>З кешуванням, на день</translation>
    </message>
    <message>
        <source>Storage, a day</source>
        <translation>Зберігання, на день</translation>
    </message>
    <message>
        <source>Saved a month</source>
        <translation>Економія на місяць</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Точка беззбитковості</translation>
    </message>
    <message>
        <source>n/a (replayed arrivals)</source>
        <translation>н/д (відтворені надходження)</translation>
    </message>
    <message>
        <source>%1 requests a day</source>
        <translation>запитів на день: %1</translation>
    </message>
    <message>
        <source>never (up to 1,000,000 a day)</source>
        <translation>ніколи (до 1 000 000 на день)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 prefix tokens cached a request. &lt;b&gt;Hit rate %3&lt;/b&gt; (%4 hits, %5 writes in %6 requests simulated).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Кешовано %1 з %2 токенів префікса на запит. &lt;b&gt;Частка влучань %3&lt;/b&gt; (влучань: %4, записів: %5, змодельованих запитів: %6).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Without caching &lt;b&gt;%1&lt;/b&gt; a day; with caching &lt;b&gt;%2&lt;/b&gt; a day (writes included%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Без кешування &lt;b&gt;%1&lt;/b&gt; на день; з кешуванням &lt;b&gt;%2&lt;/b&gt; на день (з урахуванням записів%3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, storage %1</source>
        <translation>, зберігання %1</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;%1 &lt;b&gt;%2&lt;/b&gt; a month.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;%1 &lt;b&gt;%2&lt;/b&gt; на місяць.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Заощаджує</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Коштує додатково</translation>
    </message>
    <message>
        <source>&lt;p&gt;Caching pays from &lt;b&gt;%1 requests a day&lt;/b&gt; arriving this way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Кешування окупається, якщо за такого надходження запитів на день щонайменше &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Caching never pays at up to 1,000,000 requests a day arriving this way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;За такого надходження кешування не окупається за жодної кількості запитів до 1 000 000 на день.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without: every request pays its whole input at the input price. With: the cached tokens at the read price on hits, at the write price on writes, the rest at the input price; output the same in both. $ a month = $ a day × 30.4375.</source>
        <translation>Без кешу: кожен запит оплачує всі вхідні токени за ціною вхідних токенів. З кешем: кешовані токени — за ціною читання при влучаннях і за ціною запису при записах, решта — за ціною вхідних токенів; вихідні токени однакові в обох випадках. $ на місяць = $ на день × 30,4375.</translation>
    </message>
    <message>
        <source>requests a day</source>
        <translation>запитів на день</translation>
    </message>
    <message>
        <source>static prefix, tokens</source>
        <translation>статичний префікс, токени</translation>
    </message>
    <message>
        <source>$ a month saved against the static prefix, at %1 requests a day</source>
        <translation>Економія $ на місяць залежно від статичного префікса (запитів на день: %1)</translation>
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
        <translation>Узгоджена ціна вхідних токенів</translation>
    </message>
    <message>
        <source>Caching per workflow</source>
        <translation>Кешування за робочими процесами</translation>
    </message>
</context>
<context>
    <name>CallRowsModel</name>
    <message>
        <source>Uncached input tokens, at the input price. Input, Cached, Write 5m, Write 1h and Output do not overlap: each is priced on its own, and together they make the call&apos;s cost.</source>
        <translation>Некешовані вхідні токени за ціною вхідних токенів. Вхідні, Кешовані, Запис 5m, Запис 1h і Вихідні не перетинаються: кожну величину оцінюють окремо, а разом вони дають вартість виклику.</translation>
    </message>
    <message>
        <source>Input tokens read from the provider&apos;s prompt cache, at the cache-read price</source>
        <translation>Вхідні токени, прочитані з кешу промптів постачальника, за ціною читання з кешу</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache for 5 minutes, at the 5-minute write price</source>
        <translation>Вхідні токени, записані в кеш промптів на 5 хвилин, за ціною запису на 5 хвилин</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache for 1 hour, at the 1-hour write price</source>
        <translation>Вхідні токени, записані в кеш промптів на 1 годину, за ціною запису на 1 годину</translation>
    </message>
    <message>
        <source>Output tokens, reasoning included</source>
        <translation>Вихідні токени, разом із токенами міркувань</translation>
    </message>
    <message>
        <source>List cost of the call (unpriced: the model has no known price)</source>
        <translation>Вартість виклику за прейскурантом («без ціни»: ціна моделі невідома)</translation>
    </message>
    <message>
        <source>Task id and attempt (1 = first try)</source>
        <translation>Ідентифікатор завдання і спроба (1 = перша спроба)</translation>
    </message>
    <message>
        <source>The call&apos;s own outcome; the task&apos;s final outcome in brackets when it differs</source>
        <translation>Власний результат виклику; у дужках — остаточний результат завдання, якщо він інший</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Час (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Кешовані</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Write 5m</source>
        <translation>Запис 5m</translation>
    </message>
    <message>
        <source>Write 1h</source>
        <translation>Запис 1h</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID виклику</translation>
    </message>
    <message>
        <source>%1 · %2
Cost center %3 · team %4 · owner %5
API key %6 · project %7</source>
        <translation>%1 · %2
Центр витрат %3 · команда %4 · власник %5
API-ключ %6 · проєкт %7</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>без ціни</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <translation>%1 (завдання: %2)</translation>
    </message>
    <message>
        <source>%1 (%2 calls)</source>
        <translation>%1 (викликів: %2)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Timed runs after one warm-up (default 5).</source>
        <translation>Кількість вимірюваних прогонів після одного прогрівального (типово 5).</translation>
    </message>
    <message>
        <source>USD per hour of the machine: adds $ per 1M output tokens.</source>
        <translation>USD за годину роботи машини: додає $ за 1 млн вихідних токенів.</translation>
    </message>
    <message>
        <source>Percent of paid hours spent generating, for $ per 1M output tokens (default 100).</source>
        <translation>Відсоток оплачених годин, витрачених на генерацію, для розрахунку $ за 1 млн вихідних токенів (типово 100).</translation>
    </message>
    <message>
        <source>vulkan, vulkan:N (a device index), cpu, or auto (default: Vulkan, the CPU reference without one).</source>
        <translation>vulkan, vulkan:N (індекс пристрою), cpu або auto (типово: Vulkan, а без нього — еталонна реалізація на CPU).</translation>
    </message>
    <message>
        <source>The baseline GGUF model.</source>
        <translation>Базова модель GGUF.</translation>
    </message>
    <message>
        <source>The model compared with it.</source>
        <translation>Модель, яку з нею порівнюють.</translation>
    </message>
    <message>
        <source>--gpu-price-per-hour takes a number &gt;= 0.</source>
        <translation>--gpu-price-per-hour приймає число &gt;= 0.</translation>
    </message>
    <message>
        <source>note: %1 is a CPU emulation of Vulkan: its speed says nothing about a GPU.</source>
        <translation>примітка: %1 — це емуляція Vulkan на CPU: її швидкість нічого не говорить про GPU.</translation>
    </message>
    <message>
        <source>note: the models are too small to time: per-token work is below the device&apos;s dispatch overhead (try synth-model --preset 110m for a speed comparison).</source>
        <translation>примітка: моделі надто малі для вимірювання часу: робота на токен менша за накладні витрати пристрою на диспетчеризацію (для порівняння швидкості спробуйте synth-model --preset 110m).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>file size (bytes)</source>
        <translation>розмір файлу (байти)</translation>
    </message>
    <message>
        <source>weights memory (bytes)</source>
        <translation>пам’ять для ваг (байти)</translation>
    </message>
    <message>
        <source>KV cache (bytes)</source>
        <translation>KV-кеш (байти)</translation>
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
        <translation>B проти A: KLD середнє %1, p99 %2, макс. %3, збіг top-1 %4%</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>  the same text</source>
        <translation>  однаковий текст</translation>
    </message>
    <message>
        <source>  first difference at character %1</source>
        <translation>  перша відмінність на символі %1</translation>
    </message>
    <message>
        <source>UTF-8 text for perplexity, KL divergence and the timed prompt (default: the bundled text).</source>
        <translation>Текст UTF-8 для перплексії, KL-дивергенції та вимірюваного промпту (типово: вбудований текст).</translation>
    </message>
    <message>
        <source>Tokens per perplexity chunk (default 128).</source>
        <translation>Токенів на фрагмент для перплексії (типово 128).</translation>
    </message>
    <message>
        <source>Prompt length for prefill (pp) and TTFT (default 64).</source>
        <translation>Довжина промпту для попереднього заповнення (pp) і TTFT (типово 64).</translation>
    </message>
    <message>
        <source>Tokens generated per timed run (tg, default 64).</source>
        <translation>Токенів, згенерованих за вимірюваний прогін (tg, типово 64).</translation>
    </message>
    <message>
        <source>A prompt both models continue, side by side (repeatable).</source>
        <translation>Промпт, який обидві моделі продовжують пліч-о-пліч (можна повторювати).</translation>
    </message>
    <message>
        <source>Tokens generated per prompt (default 48).</source>
        <translation>Токенів, згенерованих на промпт (типово 48).</translation>
    </message>
    <message>
        <source>Sampling seed for the prompts (default 1; greedy ignores it).</source>
        <translation>Зерно семплювання для промптів (типово 1; жадібне декодування його ігнорує).</translation>
    </message>
    <message>
        <source>ab needs A and B.</source>
        <translation>ab потребує A і B.</translation>
    </message>
    <message>
        <source>--ctx (&gt;= 4), --runs (&gt;= 1), --prompt-tokens (&gt;= 1), --decode-tokens (&gt;= 2), --generate-tokens (&gt;= 1) and --seed (&gt;= 0) take whole numbers.</source>
        <translation>--ctx (&gt;= 4), --runs (&gt;= 1), --prompt-tokens (&gt;= 1), --decode-tokens (&gt;= 2), --generate-tokens (&gt;= 1) і --seed (&gt;= 0) приймають цілі числа.</translation>
    </message>
    <message>
        <source>--kv-type takes f16 or f32.</source>
        <translation>--kv-type приймає f16 або f32.</translation>
    </message>
    <message>
        <source>--utilization takes a percentage above 0 and at most 100.</source>
        <translation>--utilization приймає відсоток, більший за 0 і не більший за 100.</translation>
    </message>
    <message>
        <source>--utilization needs --gpu-price-per-hour.</source>
        <translation>--utilization потребує --gpu-price-per-hour.</translation>
    </message>
    <message>
        <source>time to first token (ms)</source>
        <translation>час до першого токена (ms)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), KV cache %4, %5 timed runs after a warm-up; perplexity over %6 chunks of %7 tokens</source>
        <translation>%1 на %2 (%3), KV-кеш %4, вимірюваних прогонів після прогріву: %5; перплексія за фрагментами (%6) по %7 токенів</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>перплексія</translation>
    </message>
    <message>
        <source>$ per 1M output tokens</source>
        <translation>$ за 1 млн вихідних токенів</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Файл робочого простору.</translation>
    </message>
    <message>
        <source>Report anomalies from this time, inclusive (default: the first call).</source>
        <translation>Повідомляти про аномалії від цього моменту включно (типово: перший виклик).</translation>
    </message>
    <message>
        <source>Report anomalies until this time; a date includes that day (default: the last call).</source>
        <translation>Повідомляти про аномалії до цього моменту; дата охоплює весь цей день (типово: останній виклик).</translation>
    </message>
    <message>
        <source>anomalies needs --workspace W.</source>
        <translation>anomalies потребує --workspace W.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date or time.</source>
        <translation>--%1: «%2» не є датою чи часом.</translation>
    </message>
    <message>
        <source>No anomalies found.</source>
        <translation>Аномалій не знайдено.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>рівень</translation>
    </message>
    <message>
        <source>start (UTC)</source>
        <translation>початок (UTC)</translation>
    </message>
    <message>
        <source>end (UTC)</source>
        <translation>кінець (UTC)</translation>
    </message>
    <message>
        <source>excess</source>
        <translation>перевищення</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>виклики</translation>
    </message>
    <message>
        <source>where</source>
        <translation>де</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>%1 anomalies.</source>
        <translation>Аномалій: %1.</translation>
    </message>
    <message>
        <source>forecast &gt; %1 on %2</source>
        <translation>прогноз &gt; %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>No budgets. Set one with --set COST_CENTER=USD.</source>
        <translation>Бюджетів немає. Задайте бюджет за допомогою --set COST_CENTER=USD.</translation>
    </message>
    <message>
        <source>Budgets as of %1 (UTC): month %2, day %3 of %4. Spend is list cost; calls without a price are not counted.</source>
        <translation>Бюджети станом на %1 (UTC): місяць %2, день %3 з %4. Витрати — це вартість за прейскурантом; виклики без ціни не враховуються.</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(без атрибуції)</translation>
    </message>
    <message>
        <source>budget %1, spent %2 (%3) in %4 calls</source>
        <translation>бюджет %1, витрачено %2 (%3), викликів: %4</translation>
    </message>
    <message>
        <source>, %1 unpriced</source>
        <translation>, без ціни: %1</translation>
    </message>
    <message>
        <source>forecast  %1 (10-90%: %2 - %3), %4 of budget</source>
        <translation>прогноз     %1 (10-90 %: %2 - %3), %4 бюджету</translation>
    </message>
    <message>
        <source>alerts    %1</source>
        <translation>сповіщення  %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>breaker   would have stopped on %1 %2, blocking %3 of %4 calls</source>
        <translation>запобіжник  зупинив би %1 о %2, заблокувавши %3 (викликів: %4)</translation>
    </message>
    <message>
        <source>breaker   not reached</source>
        <translation>запобіжник  не досягнуто</translation>
    </message>
    <message>
        <source>Set a monthly budget in USD (0 removes it); repeatable.</source>
        <translation>Задати місячний бюджет у USD (0 його видаляє); можна повторювати.</translation>
    </message>
    <message>
        <source>Last day counted (default: the last event&apos;s day).</source>
        <translation>Останній врахований день (типово: день останньої події).</translation>
    </message>
    <message>
        <source>Write Prometheus alerting rules (YAML) to FILE.</source>
        <translation>Записати правила сповіщень Prometheus (YAML) у FILE.</translation>
    </message>
    <message>
        <source>Spend counter (USD) the rules query (default litellm_spend_metric_total).</source>
        <translation>Лічильник витрат (USD), який запитують правила (типово litellm_spend_metric_total).</translation>
    </message>
    <message>
        <source>Label that holds the cost center (default team_alias).</source>
        <translation>Мітка, що містить центр витрат (типово team_alias).</translation>
    </message>
    <message>
        <source>budgets needs --workspace W.</source>
        <translation>budgets потребує --workspace W.</translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not COST_CENTER=USD (a non-negative amount).</source>
        <translation>--set: «%1» не має вигляду COST_CENTER=USD (невід’ємна сума).</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date or time.</source>
        <translation>--as-of: «%1» не є датою чи часом.</translation>
    </message>
    <message>
        <source>--set: no cost center &quot;%1&quot; in this workspace, which has no cost centers yet.</source>
        <translation>--set: у цьому робочому просторі немає центру витрат «%1» — у ньому ще немає жодного центру витрат.</translation>
    </message>
    <message>
        <source>--set: no cost center &quot;%1&quot; in this workspace; its cost centers: %2.</source>
        <translation>--set: у цьому робочому просторі немає центру витрат «%1»; наявні центри витрат: %2.</translation>
    </message>
    <message>
        <source>Cannot write the alert rules: %1</source>
        <translation>Не вдалося записати правила сповіщень: %1</translation>
    </message>
    <message>
        <source>Wrote %1 alert rules to %2.</source>
        <translation>У %2 записано правил сповіщень: %1.</translation>
    </message>
    <message>
        <source>Workspace file to create.</source>
        <translation>Файл робочого простору, який буде створено.</translation>
    </message>
    <message>
        <source>Random seed (default 20260803).</source>
        <translation>Зерно випадкових чисел (типово 20260803).</translation>
    </message>
    <message>
        <source>Days of history (default 90).</source>
        <translation>Кількість днів історії (типово 90).</translation>
    </message>
    <message>
        <source>demo needs --out FILE.</source>
        <translation>demo потребує --out FILE.</translation>
    </message>
    <message>
        <source>--seed and --days take positive whole numbers.</source>
        <translation>--seed і --days приймають додатні цілі числа.</translation>
    </message>
    <message>
        <source>Created %1 with %2 events.</source>
        <translation>Створено %1 (подій: %2).</translation>
    </message>
    <message>
        <source>Workspace file (created if missing).</source>
        <translation>Файл робочого простору (буде створено, якщо його немає).</translation>
    </message>
    <message>
        <source>Read CSV or JSON Lines through a column mapping, repeated per field: time=ts (instead of --format).</source>
        <translation>Читати CSV або JSON Lines через зіставлення стовпців, по одному для кожного поля: time=ts (замість --format).</translation>
    </message>
    <message>
        <source>Usage files.</source>
        <translation>Файли даних про використання.</translation>
    </message>
    <message>
        <source>import needs --workspace W and at least one FILE.</source>
        <translation>import потребує --workspace W і принаймні один FILE.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; known formats: auto, %2.</source>
        <translation>Невідомий --format «%1»; відомі формати: auto, %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows rejected; nothing was imported from this file.</source>
        <translation>%1: відхилено %2 з %3 рядків; із цього файлу нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 imported, %4 duplicates, 0 rejected%5</source>
        <translation>%1 (%2): імпортовано %3, дублікатів %4, відхилено 0%5</translation>
    </message>
    <message>
        <source>; %1 unpriced (model not in the price catalog)</source>
        <translation>; без ціни: %1 (моделі немає в каталозі цін)</translation>
    </message>
    <message>
        <source>generate the demo workspace (90 days by default)</source>
        <translation>створити демонстраційний робочий простір (типово 90 днів)</translation>
    </message>
    <message>
        <source>import usage files (all or nothing per file)</source>
        <translation>імпортувати файли даних про використання (для кожного файлу — усе або нічого)</translation>
    </message>
    <message>
        <source>KPIs over a time range, optionally grouped</source>
        <translation>KPI за проміжок часу, за потреби з групуванням</translation>
    </message>
    <message>
        <source>show, import or apply prices</source>
        <translation>показати, імпортувати або застосувати ціни</translation>
    </message>
    <message>
        <source>spend spikes, shadow spend, agent loops, retry storms, context bloat</source>
        <translation>сплески витрат, тіньові витрати, цикли агентів, шторми повторних спроб, роздування контексту</translation>
    </message>
    <message>
        <source>maturity level 1-5 with measured criteria and next steps</source>
        <translation>рівень зрілості 1-5 з виміряними критеріями та наступними кроками</translation>
    </message>
    <message>
        <source>monthly budgets: month-to-date, forecast, alerts, circuit breaker; export budgets and anomaly thresholds as Prometheus alerting rules</source>
        <translation>місячні бюджети: сума з початку місяця, прогноз, сповіщення, запобіжник; експорт бюджетів і порогів аномалій як правил сповіщень Prometheus</translation>
    </message>
    <message>
        <source>rewrite a prompt shorter: rules applied, tokens before and after, $ per month saved at a model</source>
        <translation>переписати промпт коротше: застосовані правила, токени до й після, економія $ на місяць для моделі</translation>
    </message>
    <message>
        <source>quantize an f32/f16 GGUF model as llama-quantize does (any case)</source>
        <translation>квантувати модель GGUF f32/f16 так само, як llama-quantize (регістр не важливий)</translation>
    </message>
    <message>
        <source>perplexity as llama-perplexity (chunks of N, second half scored)</source>
        <translation>перплексія як у llama-perplexity (фрагменти по N токенів, оцінюється друга половина)</translation>
    </message>
    <message>
        <source>generate text (temperature 0.8, top-k 40, top-p 0.95 by default; temperature 0 is greedy)</source>
        <translation>генерувати текст (типово температура 0.8, top-k 40, top-p 0.95; температура 0 — жадібне декодування)</translation>
    </message>
    <message>
        <source>speed (prefill, decode, TTFT) and quality (perplexity, KL divergence, top-1 agreement) of B against A</source>
        <translation>швидкість (попереднє заповнення, декодування, TTFT) і якість (перплексія, KL-дивергенція, збіг top-1) моделі B порівняно з A</translation>
    </message>
    <message>
        <source>llama-shaped model with seeded random weights, for speed tests</source>
        <translation>модель архітектури llama з випадковими вагами від заданого зерна, для тестів швидкості</translation>
    </message>
    <message>
        <source>context-cache savings: the cache simulated against the arrivals, writes included, and the break-even request rate</source>
        <translation>економія від кешування контексту: кеш, змодельований на надходженнях запитів з урахуванням записів, і частота запитів у точці беззбитковості</translation>
    </message>
    <message>
        <source>routing and cascade what-ifs per task class: $ a month, CPSO with and without the corrections a human makes, against the article&apos;s expected savings</source>
        <translation>сценарії «що, якби» для маршрутизації та каскадів за класами завдань: $ на місяць, CPSO з виправленнями людини й без них, порівняно з очікуваною в статті економією</translation>
    </message>
    <message>
        <source>API against self-hosted: a server&apos;s $ per 1M tokens at a utilization, the break-even volume and utilization, the cost curve and each input&apos;s swing</source>
        <translation>API проти власного хостингу: $ за 1 млн токенів на сервері за заданого завантаження, обсяг і завантаження в точці беззбитковості, крива витрат і вплив кожного вхідного параметра</translation>
    </message>
    <message>
        <source>FOCUS 1.2 CSV: every call&apos;s cost by charge period, provider, model, token kind, price tier and owner; calls that have no price are counted, not written</source>
        <translation>FOCUS 1.2 CSV: вартість кожного виклику за розрахунковим періодом, постачальником, моделлю, типом токенів, ціновим рівнем і власником; виклики без ціни підраховуються, але не записуються</translation>
    </message>
    <message>
        <source>monthly statements per cost center: direct spend by model and team, self-hosted spend, a share of unowned spend; CSV and one PDF per cost center</source>
        <translation>щомісячні звіти за центрами витрат: прямі витрати за моделями й командами, витрати на власний хостинг, частка витрат без власника; CSV і по одному PDF на кожен центр витрат</translation>
    </message>
    <message>
        <source>exact token count (and ids) of FILE, or of stdin with -</source>
        <translation>точна кількість токенів (та їхні ідентифікатори) у FILE або, з -, у stdin</translation>
    </message>
    <message>
        <source>scrape a Prometheus /metrics endpoint: samples, rates, $ per 1M tokens</source>
        <translation>зібрати (scrape) дані з кінцевої точки Prometheus /metrics: вибірки, швидкості, $ за 1 млн токенів</translation>
    </message>
    <message>
        <source>Usage: inferometer-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Використання: inferometer-cli КОМАНДА [ПАРАМЕТРИ]

Команди:
</translation>
    </message>
    <message>
        <source>
Every command takes --json to print one JSON document on stdout, and --help (-h) to list its options with their defaults.
Dates are YYYY-MM-DD (UTC) or ISO 8601 times; --to DATE includes that whole day.
--version prints the version; --verbose logs what the core does on stderr.
</source>
        <translation>
Кожна команда приймає --json, щоб вивести один документ JSON у stdout, і --help (-h), щоб показати її параметри з типовими значеннями.
Дати мають формат YYYY-MM-DD (UTC) або ISO 8601 (з часом); --to DATE охоплює весь цей день.
--version виводить версію; --verbose записує в stderr, що робить ядро.
</translation>
    </message>
    <message>
        <source>auto (the default: recognised from each file&apos;s content) or one of %1.</source>
        <translation>auto (типово: визначається за вмістом кожного файлу) або один із форматів: %1.</translation>
    </message>
    <message>
        <source>Start, inclusive (default: the first call).</source>
        <translation>Початок, включно (типово: перший виклик).</translation>
    </message>
    <message>
        <source>End; a date includes that day (default: the last call).</source>
        <translation>Кінець; дата охоплює весь цей день (типово: останній виклик).</translation>
    </message>
    <message>
        <source>Group by cost_center, team, owner, model, provider, api_key or project (default: totals only).</source>
        <translation>Групувати за cost_center, team, owner, model, provider, api_key або project (типово: лише підсумки).</translation>
    </message>
    <message>
        <source>report needs --workspace W.</source>
        <translation>report потребує --workspace W.</translation>
    </message>
    <message>
        <source>--by: unknown dimension &quot;%1&quot;.</source>
        <translation>--by: невідомий вимір «%1».</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>без ціни</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>з %1 до %2 (UTC)</translation>
    </message>
    <message>
        <source>list cost</source>
        <translation>за прейскурантом</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>за звітом</translation>
    </message>
    <message>
        <source>cost/task</source>
        <translation>варт/завд</translation>
    </message>
    <message>
        <source>CPSO</source>
        <translation>CPSO</translation>
    </message>
    <message>
        <source>rework</source>
        <translation>перероб.</translation>
    </message>
    <message>
        <source>tok.eff.</source>
        <translation>еф.ток.</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>кеш</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message numerus="yes">
        <source>No token-level calls: the spend here is what providers reported in cost exports (%1 in %n row(s)); import usage exports to see calls, tokens and the KPIs.</source>
        <translation>
            <numerusform>Немає викликів на рівні токенів: тут наведено витрати, які постачальники вказали в експортах витрат (%1 у %n рядку); імпортуйте експорти використання, щоб побачити виклики, токени та KPI.</numerusform>
            <numerusform>Немає викликів на рівні токенів: тут наведено витрати, які постачальники вказали в експортах витрат (%1 у %n рядках); імпортуйте експорти використання, щоб побачити виклики, токени та KPI.</numerusform>
            <numerusform>Немає викликів на рівні токенів: тут наведено витрати, які постачальники вказали в експортах витрат (%1 у %n рядках); імпортуйте експорти використання, щоб побачити виклики, токени та KPI.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpriced: %1 calls to %2 (no price known; not counted as $0).</source>
        <translation>Без ціни: виклики до %2 (%1) — ціна невідома, не враховано як $0.</translation>
    </message>
    <message>
        <source>Workspace whose prices to show or change.</source>
        <translation>Робочий простір, ціни якого показати або змінити.</translation>
    </message>
    <message>
        <source>Show the price that applies to this model id.</source>
        <translation>Показати ціну, що діє для цього ідентифікатора моделі.</translation>
    </message>
    <message>
        <source>With --model: the price valid at this time (default: now).</source>
        <translation>З --model: ціна, чинна на цей момент (типово: зараз).</translation>
    </message>
    <message>
        <source>Read LiteLLM&apos;s model_prices_and_context_window.json.</source>
        <translation>Прочитати файл model_prices_and_context_window.json від LiteLLM.</translation>
    </message>
    <message>
        <source>With --import: date the imported prices apply from (default: always).</source>
        <translation>З --import: дата, з якої діють імпортовані ціни (типово: завжди).</translation>
    </message>
    <message>
        <source>Recompute the list cost of every event with the current prices.</source>
        <translation>Перерахувати прейскурантну вартість кожної події за поточними цінами.</translation>
    </message>
    <message>
        <source>--reprice needs --workspace W.</source>
        <translation>--reprice потребує --workspace W.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Не вдається прочитати файл: %1</translation>
    </message>
    <message>
        <source>--effective-from: not a date.</source>
        <translation>--effective-from: це не дата.</translation>
    </message>
    <message>
        <source>No --workspace given: the %1 prices were read and checked but not stored.</source>
        <translation>--workspace не вказано: ціни (%1) прочитано й перевірено, але не збережено.</translation>
    </message>
    <message>
        <source>Read %1 model prices from %2.</source>
        <translation>Прочитано ціни моделей із %2: %1.</translation>
    </message>
    <message>
        <source>Re-priced %1 events.</source>
        <translation>Переоцінено подій: %1.</translation>
    </message>
    <message>
        <source>--at: not a date.</source>
        <translation>--at: це не дата.</translation>
    </message>
    <message>
        <source>inferometer-cli: &quot;%1&quot; is not in the price catalog: its calls are unpriced (never $0). Add a price in the workspace or import LiteLLM&apos;s price file.</source>
        <translation>inferometer-cli: «%1» немає в каталозі цін: його виклики залишаються без ціни (ніколи не $0). Додайте ціну в робочому просторі або імпортуйте файл цін LiteLLM.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Невідома команда «%1».</translation>
    </message>
    <message>
        <source>Try &quot;inferometer-cli --help&quot;.</source>
        <translation>Спробуйте «inferometer-cli --help».</translation>
    </message>
    <message>
        <source>Try &quot;inferometer-cli %1 --help&quot;.</source>
        <translation>Спробуйте «inferometer-cli %1 --help».</translation>
    </message>
    <message>
        <source>Show this command&apos;s options and exit.</source>
        <translation>Показати параметри цієї команди й вийти.</translation>
    </message>
    <message>
        <source>Usage: inferometer-cli %1</source>
        <translation>Використання: inferometer-cli %1</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Вивести один документ JSON у stdout.</translation>
    </message>
    <message>
        <source>o200k_base (default), cl100k_base, or a .tiktoken, tokenizer.json or .gguf file.</source>
        <translation>o200k_base (типово), cl100k_base або файл .tiktoken, tokenizer.json чи .gguf.</translation>
    </message>
    <message>
        <source>Rules to apply, comma-separated: dedupe, filler, reorder, whitespace (default: all).</source>
        <translation>Правила, які застосувати, через кому: dedupe, filler, reorder, whitespace (типово: усі).</translation>
    </message>
    <message>
        <source>Price the saving at this catalog model.</source>
        <translation>Оцінити економію за цінами цієї моделі з каталогу.</translation>
    </message>
    <message>
        <source>Calls per day for the monthly saving (default 10000).</source>
        <translation>Викликів на день для розрахунку місячної економії (типово 10000).</translation>
    </message>
    <message>
        <source>Output tokens per call, for the cost per call (default 0).</source>
        <translation>Вихідних токенів на виклик, для вартості виклику (типово 0).</translation>
    </message>
    <message>
        <source>Write the rewritten prompt to this file instead of stdout.</source>
        <translation>Записати переписаний промпт у цей файл замість stdout.</translation>
    </message>
    <message>
        <source>The prompt (UTF-8 text).</source>
        <translation>Промпт (текст UTF-8).</translation>
    </message>
    <message>
        <source>compress needs one FILE.</source>
        <translation>compress потребує одного аргументу FILE.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;; rules: %2.</source>
        <translation>Невідоме правило «%1»; правила: %2.</translation>
    </message>
    <message>
        <source>--requests-per-day and --output-tokens take whole numbers ≥ 0.</source>
        <translation>--requests-per-day і --output-tokens приймають цілі числа ≥ 0.</translation>
    </message>
    <message>
        <source>Cannot read the prompt: %1</source>
        <translation>Не вдається прочитати промпт: %1</translation>
    </message>
    <message>
        <source>The provider (anthropic, openai, google, deepseek).</source>
        <translation>Постачальник (anthropic, openai, google, deepseek).</translation>
    </message>
    <message>
        <source>The catalog model whose prices and minimum apply.</source>
        <translation>Модель із каталогу; застосовуються її ціни та мінімальна довжина для кешування.</translation>
    </message>
    <message>
        <source>A request&apos;s whole input, in tokens.</source>
        <translation>Увесь вхід запиту, у токенах.</translation>
    </message>
    <message>
        <source>Its cacheable prefix (system prompt, tools, examples).</source>
        <translation>З них — префікс, що кешується (системний промпт, інструменти, приклади).</translation>
    </message>
    <message>
        <source>Requests a day.</source>
        <translation>Запитів на день.</translation>
    </message>
    <message>
        <source>Output tokens a request (default 0).</source>
        <translation>Вихідних токенів на запит (типово 0).</translation>
    </message>
    <message>
        <source>The base input price in USD per 1M tokens instead of the catalog&apos;s; the cache prices follow by the provider&apos;s multipliers.</source>
        <translation>Базова ціна вхідних токенів у USD за 1 млн токенів замість каталожної; ціни кешу випливають із множників постачальника.</translation>
    </message>
    <message>
        <source>5m (default) or 1h, where the provider lets the caller choose (Anthropic).</source>
        <translation>5m (типово) або 1h, якщо постачальник дає змогу вибирати (Anthropic).</translation>
    </message>
    <message>
        <source>How the requests arrive over the day: uniform (default), business (9:00-17:00) or bursty (bursts of 10).</source>
        <translation>Як запити надходять протягом дня: uniform (типово), business (9:00-17:00) або bursty (пакетами по 10).</translation>
    </message>
    <message>
        <source>cache needs --provider, --model, --prompt-tokens, --static-tokens and --requests-per-day.</source>
        <translation>cache потребує --provider, --model, --prompt-tokens, --static-tokens і --requests-per-day.</translation>
    </message>
    <message>
        <source>--prompt-tokens takes a whole number ≥ 1, --static-tokens and --output-tokens ≥ 0.</source>
        <translation>--prompt-tokens приймає ціле число ≥ 1, --static-tokens і --output-tokens — ≥ 0.</translation>
    </message>
    <message>
        <source>--requests-per-day takes a whole number from 1 to 10,000,000.</source>
        <translation>--requests-per-day приймає ціле число від 1 до 10 000 000.</translation>
    </message>
    <message>
        <source>--static-tokens (%1) is part of the input: it cannot exceed --prompt-tokens (%2).</source>
        <translation>--static-tokens (%1) — частина вхідних даних: значення не може перевищувати --prompt-tokens (%2).</translation>
    </message>
    <message>
        <source>--input-price takes USD per 1M tokens, above 0.</source>
        <translation>--input-price приймає USD за 1 млн токенів, більше за 0.</translation>
    </message>
    <message>
        <source>--arrivals: &quot;%1&quot; is not uniform, business or bursty.</source>
        <translation>--arrivals: «%1» — не uniform, business чи bursty.</translation>
    </message>
    <message>
        <source>inferometer-cli: %1</source>
        <translation>inferometer-cli: %1</translation>
    </message>
    <message>
        <source>No price for model &quot;%1&quot; in the catalog (see inferometer-cli prices).</source>
        <translation>У каталозі немає ціни для моделі «%1» (див. inferometer-cli prices).</translation>
    </message>
    <message>
        <source>--provider: %1 is a model of %2, not of %3.</source>
        <translation>--provider: %1 — модель %2, а не %3.</translation>
    </message>
    <message>
        <source>--ttl: %1 chooses how long its cache keeps a prompt; only Anthropic lets the caller choose (5m or 1h).</source>
        <translation>--ttl: %1 сам визначає, як довго його кеш зберігає промпт; лише Anthropic дає змогу вибрати (5m або 1h).</translation>
    </message>
    <message>
        <source>--ttl: &quot;%1&quot; is not 5m or 1h.</source>
        <translation>--ttl: «%1» — не 5m і не 1h.</translation>
    </message>
    <message>
        <source>--provider: the calculator does not model %1&apos;s cache (anthropic, openai, google, deepseek).</source>
        <translation>--provider: калькулятор не моделює кеш %1 (anthropic, openai, google, deepseek).</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 static tokens cacheable; %5 requests a day, %6 arrivals</source>
        <translation>%1 (%2): кешується %3 з %4 статичних токенів; запитів на день: %5, надходження: %6</translation>
    </message>
    <message>
        <source>hit rate %1%: %2 hits and %3 cache writes in the day</source>
        <translation>частка влучань %1%: за день влучань у кеш — %2, записів у кеш — %3</translation>
    </message>
    <message>
        <source>without cache $%1/day, with cache $%2/day (writes included): $%3 a month saved</source>
        <translation>без кешу $%1/день, з кешем $%2/день (з урахуванням записів): економія $%3 на місяць</translation>
    </message>
    <message>
        <source>caching pays from %1 requests a day</source>
        <translation>кешування окупається від %1 запитів на день</translation>
    </message>
    <message>
        <source>caching never pays at these settings</source>
        <translation>за цих налаштувань кешування не окупається ніколи</translation>
    </message>
    <message>
        <source>The month, UTC.</source>
        <translation>Місяць, UTC.</translation>
    </message>
    <message>
        <source>How spend without a cost center is shared: proportional to direct spend (default), even, or fixed:CC=PCT,... adding up to 100.</source>
        <translation>Як розподіляти витрати без центру витрат: proportional — пропорційно прямим витратам (типово), even — порівну або fixed:CC=PCT,... із сумою 100.</translation>
    </message>
    <message>
        <source>Write chargeback-YYYY-MM.csv and one PDF statement per cost center into this folder.</source>
        <translation>Записати chargeback-YYYY-MM.csv і по одній PDF-виписці на кожен центр витрат у цю теку.</translation>
    </message>
    <message>
        <source>chargeback needs --workspace W and --month YYYY-MM.</source>
        <translation>chargeback потребує --workspace W і --month YYYY-MM.</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not YYYY-MM.</source>
        <translation>--month: «%1» не у форматі YYYY-MM.</translation>
    </message>
    <message>
        <source>PDF statements need the GUI libraries.</source>
        <translation>Для PDF-виписок потрібні бібліотеки графічного інтерфейсу.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Не вдається створити теку.</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Не вдається записати: %1</translation>
    </message>
    <message>
        <source>Chargeback %1, %2</source>
        <translation>Внутрішнє відшкодування витрат (chargeback) %1, %2</translation>
    </message>
    <message>
        <source>cost center</source>
        <translation>центр витрат</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>прямі</translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation>свої сервери</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>розподілені</translation>
    </message>
    <message>
        <source>total</source>
        <translation>разом</translation>
    </message>
    <message>
        <source>month total</source>
        <translation>разом за місяць</translation>
    </message>
    <message>
        <source>without a cost center (shared above): %1</source>
        <translation>без центру витрат (розподілено вище): %1</translation>
    </message>
    <message>
        <source>No rule changed the prompt.</source>
        <translation>Жодне правило не змінило промпт.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 edit(s)</source>
        <translation>%1 (%2): змін: %3</translation>
    </message>
    <message>
        <source>Tokens (%1): %2 → %3, %4 saved (%5%)</source>
        <translation>Токени (%1): %2 → %3, заощаджено %4 (%5%)</translation>
    </message>
    <message>
        <source>Characters: %1 → %2</source>
        <translation>Символи: %1 → %2</translation>
    </message>
    <message>
        <source>Static prefix (before the first {{variable}}, cacheable): %1 → %2 tokens</source>
        <translation>Статичний префікс (до першої змінної {{variable}}, кешується), токенів: %1 → %2</translation>
    </message>
    <message>
        <source>At %1, %2 requests/day (× %3 days), %4 output tokens per call: %5 → %6 per month, saves %7 per month (list input price, no caching)</source>
        <translation>Для %1, %2 запитів/день (× %3 днів), %4 вихідних токенів на виклик: %5 → %6 на місяць, економія %7 на місяць (прейскурантна ціна вхідних токенів, без кешування)</translation>
    </message>
    <message>
        <source>Text to continue (default: none, start from BOS).</source>
        <translation>Текст для продовження (типово: немає, почати з BOS).</translation>
    </message>
    <message>
        <source>Tokens to generate (default 64).</source>
        <translation>Кількість токенів для генерування (типово 64).</translation>
    </message>
    <message>
        <source>0 for greedy (default 0.8).</source>
        <translation>0 — жадібне декодування (типово 0.8).</translation>
    </message>
    <message>
        <source>Keep the K most likely tokens; 0 keeps all (default 40).</source>
        <translation>Залишати K найімовірніших токенів; 0 — залишати всі (типово 40).</translation>
    </message>
    <message>
        <source>Nucleus: keep tokens up to probability P (default 0.95).</source>
        <translation>Nucleus-вибірка: залишати токени до сукупної ймовірності P (типово 0.95).</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Зерно генератора випадкових чисел (типово 0).</translation>
    </message>
    <message>
        <source>KV cache size in tokens (default: prompt + tokens).</source>
        <translation>Розмір KV-кешу в токенах (типово: промпт + токени для генерування).</translation>
    </message>
    <message>
        <source>A GGUF model.</source>
        <translation>Модель GGUF.</translation>
    </message>
    <message>
        <source>generate needs MODEL.</source>
        <translation>generate потребує MODEL.</translation>
    </message>
    <message>
        <source>--tokens takes a whole number of at least 1, --top-k one of at least 0.</source>
        <translation>--tokens приймає ціле число, не менше 1, --top-k — не менше 0.</translation>
    </message>
    <message>
        <source>--temperature takes a number &gt;= 0, --top-p one &gt; 0, --seed a whole number.</source>
        <translation>--temperature приймає число &gt;= 0, --top-p — &gt; 0, --seed — ціле число.</translation>
    </message>
    <message>
        <source>--ctx takes a whole number of at least 2.</source>
        <translation>--ctx приймає ціле число, не менше 2.</translation>
    </message>
    <message>
        <source>%1 prompt tokens at %2 tokens/s, %3 generated at %4 tokens/s (%5, %6)</source>
        <translation>промпт: %1 токенів зі швидкістю %2 токенів/с, згенеровано %3 зі швидкістю %4 токенів/с (%5, %6)</translation>
    </message>
    <message>
        <source>vulkan, vulkan:N (a device index), cpu, or auto (default: Vulkan, the CPU reference when there is no Vulkan device).</source>
        <translation>vulkan, vulkan:N (індекс пристрою), cpu або auto (типово: Vulkan, а за відсутності пристрою Vulkan — еталонна реалізація на CPU).</translation>
    </message>
    <message>
        <source>What the KV cache holds: f16 (default, as llama.cpp) or f32.</source>
        <translation>Тип даних KV-кешу: f16 (типово, як у llama.cpp) або f32.</translation>
    </message>
    <message>
        <source>Allow a KV cache longer than the context the model was trained for (llama.context_length).</source>
        <translation>Дозволити KV-кеш, довший за контекст, на якому навчено модель (llama.context_length).</translation>
    </message>
    <message>
        <source>a KV cache of %1 tokens is beyond the %2 the model was trained for (llama.context_length); --allow-long-context runs it anyway.</source>
        <translation>KV-кеш на %1 токенів перевищує %2, на яких навчено модель (llama.context_length); з --allow-long-context запуск усе одно відбудеться.</translation>
    </message>
    <message>
        <source>inferometer-cli: note: %1; using the CPU reference backend.</source>
        <translation>inferometer-cli: примітка: %1; використовується еталонний бекенд CPU.</translation>
    </message>
    <message>
        <source>no usable Vulkan device</source>
        <translation>немає придатного пристрою Vulkan</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>Days measured, ending on the last day of data (default 30).</source>
        <translation>Кількість днів вимірювання, що закінчуються останнім днем із даними (типово 30).</translation>
    </message>
    <message>
        <source>maturity needs --workspace W.</source>
        <translation>maturity потребує --workspace W.</translation>
    </message>
    <message>
        <source>--window takes a positive whole number of days.</source>
        <translation>--window приймає додатне ціле число днів.</translation>
    </message>
    <message>
        <source>Maturity level %1 of %2: %3</source>
        <translation>Рівень зрілості %1 з %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Measured over %1 to %2 (UTC, %n day(s)); savings per month = window × 30 / days.</source>
        <translation>
            <numerusform>Виміряно з %1 по %2 (UTC, %n день); економія на місяць = вікно × 30 / кількість днів.</numerusform>
            <numerusform>Виміряно з %1 по %2 (UTC, %n дні); економія на місяць = вікно × 30 / кількість днів.</numerusform>
            <numerusform>Виміряно з %1 по %2 (UTC, %n днів); економія на місяць = вікно × 30 / кількість днів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Level %1 %2</source>
        <translation>Рівень %1: %2</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>знижується</translation>
    </message>
    <message>
        <source>&lt;= %1 or falling</source>
        <translation>&lt;= %1 або знижується</translation>
    </message>
    <message>
        <source>Next level (%1): steps</source>
        <translation>Наступний рівень (%1): кроки</translation>
    </message>
    <message>
        <source>[saves %1/month]</source>
        <translation>[економія %1/міс.]</translation>
    </message>
    <message>
        <source>  Total estimated savings: %1/month</source>
        <translation>  Загальна оцінка економії: %1/міс.</translation>
    </message>
    <message>
        <source>UTF-8 text to score.</source>
        <translation>Текст UTF-8 для оцінювання.</translation>
    </message>
    <message>
        <source>Tokens per chunk (default 512, as llama-perplexity).</source>
        <translation>Токенів на фрагмент (типово 512, як у llama-perplexity).</translation>
    </message>
    <message>
        <source>perplexity needs MODEL and --text FILE.</source>
        <translation>perplexity потребує MODEL і --text FILE.</translation>
    </message>
    <message>
        <source>--ctx takes a whole number of at least 4.</source>
        <translation>--ctx приймає ціле число, не менше 4.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), KV cache %4: %5 tokens, %6 chunks of %7</source>
        <translation>%1 на %2 (%3), KV-кеш %4: токенів — %5, фрагментів по %7 — %6</translation>
    </message>
    <message>
        <source>Final estimate: PPL = %1 +/- %2</source>
        <translation>Підсумкова оцінка: PPL = %1 +/- %2</translation>
    </message>
    <message>
        <source>llama-quantize&apos;s type: %1 (any case).</source>
        <translation>Тип, як у llama-quantize: %1 (регістр не важливий).</translation>
    </message>
    <message>
        <source>An f32 or f16 GGUF model.</source>
        <translation>Модель GGUF у f32 або f16.</translation>
    </message>
    <message>
        <source>The quantized GGUF to write.</source>
        <translation>Квантований файл GGUF, який записати.</translation>
    </message>
    <message>
        <source>quantize needs IN, OUT and --type TYPE.</source>
        <translation>quantize потребує IN, OUT і --type TYPE.</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of %2.</source>
        <translation>--type: «%1» не входить до %2.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3): %4 tensors quantized, %5 kept; tensor data %6 -&gt; %7 bytes.</source>
        <translation>%1 -&gt; %2 (%3): квантовано тензорів: %4, без змін: %5; дані тензорів (байти): %6 -&gt; %7.</translation>
    </message>
    <message>
        <source>The /metrics endpoint.</source>
        <translation>Кінцева точка /metrics.</translation>
    </message>
    <message>
        <source>Seconds between scrapes (default 5).</source>
        <translation>Секунд між збираннями (типово 5).</translation>
    </message>
    <message>
        <source>Scrapes to take (default 2: rates need two).</source>
        <translation>Кількість збирань (типово 2: для обчислення швидкостей зміни потрібно два).</translation>
    </message>
    <message>
        <source>Seconds a scrape may take from its start to its last byte (default 10); bodies over 50 MB are refused.</source>
        <translation>Скільки секунд може тривати збирання від початку до останнього байта (типово 10); відповіді понад 50 MB відхиляються.</translation>
    </message>
    <message>
        <source>Deployment cost in USD per hour, for $ per 1M tokens.</source>
        <translation>Вартість розгортання в USD за годину, для розрахунку $ за 1 млн токенів.</translation>
    </message>
    <message>
        <source>Name of an environment variable holding a bearer token (never a token on the command line).</source>
        <translation>Назва змінної середовища з bearer-токеном (ніколи не передавайте токен у командному рядку).</translation>
    </message>
    <message>
        <source>Name of an environment variable holding user:password for basic auth (never on the command line).</source>
        <translation>Назва змінної середовища з user:password для базової автентифікації (ніколи не в командному рядку).</translation>
    </message>
    <message>
        <source>scrape takes one URL.</source>
        <translation>scrape приймає одну URL-адресу.</translation>
    </message>
    <message>
        <source>--interval takes seconds (0.1 or more).</source>
        <translation>--interval приймає секунди (0.1 або більше).</translation>
    </message>
    <message>
        <source>--count takes a whole number of scrapes (1 or more).</source>
        <translation>--count приймає цілу кількість збирань (1 або більше).</translation>
    </message>
    <message>
        <source>--timeout takes seconds (0.1 to 3600).</source>
        <translation>--timeout приймає секунди (від 0.1 до 3600).</translation>
    </message>
    <message>
        <source>--gpu-price-per-hour takes a number of USD.</source>
        <translation>--gpu-price-per-hour приймає суму в USD.</translation>
    </message>
    <message>
        <source>--bearer-token-env and --basic-auth-env exclude each other.</source>
        <translation>--bearer-token-env і --basic-auth-env взаємовиключні.</translation>
    </message>
    <message>
        <source>The environment variable %1 must hold user:password.</source>
        <translation>Змінна середовища %1 має містити user:password.</translation>
    </message>
    <message>
        <source>scrape %1: %2 samples in %3 ms</source>
        <translation>збирання %1: зразків — %2 за %3 ms</translation>
    </message>
    <message>
        <source>scrape %1: down: %2</source>
        <translation>збирання %1: недоступно: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 series</source>
        <translation>%1 (%2): часових рядів: %3</translation>
    </message>
    <message>
        <source>110m, 350m or 1b.</source>
        <translation>110m, 350m або 1b.</translation>
    </message>
    <message>
        <source>f32, q8_0 or q4_0 (default f32).</source>
        <translation>f32, q8_0 або q4_0 (типово f32).</translation>
    </message>
    <message>
        <source>A GGUF model whose vocabulary to use.</source>
        <translation>Модель GGUF, словник якої використати.</translation>
    </message>
    <message>
        <source>The GGUF file to write.</source>
        <translation>Файл GGUF, який записати.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Зерно генератора випадкових чисел (типово 1).</translation>
    </message>
    <message>
        <source>llama (default), qwen2 (adds seeded Q/K/V biases), phi3 (fused Q/K/V and gate/up, long-context RoPE factors, a sliding window) or gemma2 (post-norms, GELU, soft-capping, a sliding window on even layers).</source>
        <translation>llama (типово), qwen2 (додає зсуви Q/K/V, згенеровані із seed), phi3 (злиті Q/K/V і gate/up, коефіцієнти RoPE для довгого контексту, ковзне вікно) або gemma2 (пост-нормалізація, GELU, soft-capping, ковзне вікно на парних шарах).</translation>
    </message>
    <message>
        <source>synth-model needs --preset, --vocab-from and --out.</source>
        <translation>synth-model потребує --preset, --vocab-from і --out.</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not 110m, 350m or 1b.</source>
        <translation>--preset: «%1» — не 110m, 350m чи 1b.</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not f32, q8_0 or q4_0.</source>
        <translation>--type: «%1» — не f32, q8_0 чи q4_0.</translation>
    </message>
    <message>
        <source>--arch: &quot;%1&quot; is not llama, qwen2, phi3 or gemma2.</source>
        <translation>--arch: «%1» — не llama, qwen2, phi3 чи gemma2.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed приймає ціле число.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 parameters (%3, %4 layers x %5), %6 bytes, vocabulary of %7 from %8.</source>
        <translation>Записано %1: параметрів — %2 (%3, шарів — %4 x %5), розмір — %6 Б, розмір словника — %7 (з %8).</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>не вдається відкрити: %1</translation>
    </message>
    <message>
        <source>o200k_base (default), cl100k_base, gguf:MODEL.gguf, or a .tiktoken, tokenizer.json or .gguf file.</source>
        <translation>o200k_base (типово), cl100k_base, gguf:MODEL.gguf або файл .tiktoken, tokenizer.json чи .gguf.</translation>
    </message>
    <message>
        <source>Also print the token ids.</source>
        <translation>Також вивести ідентифікатори токенів.</translation>
    </message>
    <message>
        <source>The text to count (- reads stdin).</source>
        <translation>Текст для підрахунку (- — читати зі stdin).</translation>
    </message>
    <message>
        <source>tokens needs one FILE (or - for stdin).</source>
        <translation>tokens потребує одного аргументу FILE (або - для stdin).</translation>
    </message>
    <message>
        <source>%1: %2 tokens (%3 bytes%4)</source>
        <translation>%1: токенів — %2 (байтів — %3%4)</translation>
    </message>
    <message>
        <source>; invalid UTF-8 read as U+FFFD</source>
        <translation>; некоректний UTF-8 прочитано як U+FFFD</translation>
    </message>
    <message>
        <source>The server&apos;s purchase price, depreciated over --years.</source>
        <translation>Ціна придбання сервера, що амортизується протягом --years.</translation>
    </message>
    <message>
        <source>Years the hardware is depreciated over (default 3).</source>
        <translation>Кількість років амортизації обладнання (типово 3).</translation>
    </message>
    <message>
        <source>A rented GPU&apos;s price per hour, in place of owned hardware.</source>
        <translation>Погодинна ціна орендованого GPU замість власного обладнання.</translation>
    </message>
    <message>
        <source>The server&apos;s average power draw (default 0).</source>
        <translation>Середня споживана потужність сервера (типово 0).</translation>
    </message>
    <message>
        <source>Electricity, USD per kWh (default 0).</source>
        <translation>Електроенергія, USD за kWh (типово 0).</translation>
    </message>
    <message>
        <source>Rack space, network and storage, USD a month (default 0).</source>
        <translation>Місце в стійці, мережа й сховище, USD на місяць (типово 0).</translation>
    </message>
    <message>
        <source>The share of MLOps salaries the server takes, USD a month (default 0).</source>
        <translation>Частка зарплат MLOps, що припадає на сервер, USD на місяць (типово 0).</translation>
    </message>
    <message>
        <source>Percent of hours spent generating (default 50).</source>
        <translation>Відсоток часу, витраченого на генерування (типово 50).</translation>
    </message>
    <message>
        <source>Tokens processed per second at full load, prompt and generated, all requests together.</source>
        <translation>Токенів, оброблених за секунду за повного навантаження (промпт і згенеровані, усі запити разом).</translation>
    </message>
    <message>
        <source>The throughput instead: the median decode tokens/s of a saved A/B run in --workspace.</source>
        <translation>Натомість пропускна здатність: медіана токенів/с декодування збереженого запуску A/B-тесту в --workspace.</translation>
    </message>
    <message>
        <source>Which model of the A/B run: a or b (default b).</source>
        <translation>Яка модель запуску A/B-тесту: a або b (типово b).</translation>
    </message>
    <message>
        <source>The API side: this workspace&apos;s monthly tokens and list cost (and the A/B runs it saved).</source>
        <translation>Бік API: місячні токени й прейскурантна вартість цього робочого простору (і збережені в ньому запуски A/B-тестів).</translation>
    </message>
    <message>
        <source>With --workspace: the latest days read, per month (default 30).</source>
        <translation>З --workspace: скільки останніх днів прочитати, у перерахунку на місяць (типово 30).</translation>
    </message>
    <message>
        <source>The API side typed instead: tokens a month.</source>
        <translation>Бік API, заданий натомість вручну: токенів на місяць.</translation>
    </message>
    <message>
        <source>With --monthly-tokens: what the API charges for them, USD a month.</source>
        <translation>З --monthly-tokens: скільки за них бере API, USD на місяць.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1: «%2» — не число.</translation>
    </message>
    <message>
        <source>--monthly-tokens and --api-spend go together.</source>
        <translation>--monthly-tokens і --api-spend задаються разом.</translation>
    </message>
    <message>
        <source>breakeven needs the API side: --workspace W, or --monthly-tokens N and --api-spend USD.</source>
        <translation>breakeven потребує даних про бік API: --workspace W або --monthly-tokens N і --api-spend USD.</translation>
    </message>
    <message>
        <source>--days: the API side is typed (--monthly-tokens), no days are read.</source>
        <translation>--days: бік API задано вручну (--monthly-tokens), дні не зчитуються.</translation>
    </message>
    <message>
        <source>--days needs --workspace W.</source>
        <translation>--days потребує --workspace W.</translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to 3,660.</source>
        <translation>--days приймає ціле число від 1 до 3660.</translation>
    </message>
    <message>
        <source>--ab-run takes a saved run&apos;s id, a whole number from 1.</source>
        <translation>--ab-run приймає ідентифікатор збереженого запуску — ціле число від 1.</translation>
    </message>
    <message>
        <source>--ab-run needs --workspace W, where the run is saved.</source>
        <translation>--ab-run потребує --workspace W, де збережено запуск.</translation>
    </message>
    <message>
        <source>--ab-run: give the throughput or an A/B run, not both (--tokens-per-second).</source>
        <translation>--ab-run: вкажіть або пропускну здатність, або запуск A/B-тесту, але не обидва (--tokens-per-second).</translation>
    </message>
    <message>
        <source>--ab-side: &quot;%1&quot; is not a or b.</source>
        <translation>--ab-side: «%1» — не a і не b.</translation>
    </message>
    <message>
        <source>--ab-side needs --ab-run ID.</source>
        <translation>--ab-side потребує --ab-run ID.</translation>
    </message>
    <message>
        <source>--monthly-tokens: &quot;%1&quot; is not a number.</source>
        <translation>--monthly-tokens: «%1» — не число.</translation>
    </message>
    <message>
        <source>--api-spend: &quot;%1&quot; is not a number.</source>
        <translation>--api-spend: «%1» — не число.</translation>
    </message>
    <message>
        <source>A/B run %1 has no decode timings for side %2.</source>
        <translation>Запуск A/B-тесту %1 не має вимірів часу декодування для варіанта %2.</translation>
    </message>
    <message>
        <source>inferometer-cli: note: A/B run %1 ran on a CPU implementation of Vulkan (%2): its speed says nothing about a GPU server.</source>
        <translation>inferometer-cli: примітка: запуск A/B-тесту %1 виконано на CPU-реалізації Vulkan (%2): його швидкість нічого не говорить про сервер із GPU.</translation>
    </message>
    <message>
        <source>No calls to compare with: import usage first.</source>
        <translation>Немає викликів для порівняння: спершу імпортуйте дані використання.</translation>
    </message>
    <message>
        <source>--workspace: %1 (no priced calls in the window?)</source>
        <translation>--workspace: %1 (у вікні немає викликів із ціною?)</translation>
    </message>
    <message>
        <source>One server: %1 a month to own and run; %2 tokens a month at %3% utilization (%4 tokens/s%5).</source>
        <translation>Один сервер: %1 на місяць на володіння й експлуатацію; %2 токенів на місяць за завантаження %3% (%4 токенів/с%5).</translation>
    </message>
    <message>
        <source>, A/B run %1 side %2</source>
        <translation>, запуск A/B-тесту %1, варіант %2</translation>
    </message>
    <message>
        <source>Self-hosted %1 per 1M tokens; the API %2 per 1M (%3 tokens, %4 a month).</source>
        <translation>Власне обладнання: %1 за 1 млн токенів; API: %2 за 1 млн (%3 токенів, %4 на місяць).</translation>
    </message>
    <message numerus="yes">
        <source>The volume needs %n server(s): %1 a month self-hosted against %2 on the API, %3.</source>
        <translation>
            <numerusform>Для цього обсягу потрібен %n сервер: %1 на місяць на власному обладнанні проти %2 через API, %3.</numerusform>
            <numerusform>Для цього обсягу потрібні %n сервери: %1 на місяць на власному обладнанні проти %2 через API, %3.</numerusform>
            <numerusform>Для цього обсягу потрібно %n серверів: %1 на місяць на власному обладнанні проти %2 через API, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a month saved</source>
        <translation>економія %1 на місяць</translation>
    </message>
    <message>
        <source>%1 a month more</source>
        <translation>на %1 на місяць більше</translation>
    </message>
    <message>
        <source>One server breaks even at %1 tokens a month</source>
        <translation>Один сервер виходить на точку беззбитковості за обсягу %1 токенів на місяць</translation>
    </message>
    <message>
        <source>, at %1% utilization.</source>
        <translation>, тобто за завантаження %1%.</translation>
    </message>
    <message>
        <source>, more than it can generate: no utilization up to 100% breaks even.</source>
        <translation>, а це більше, ніж він може згенерувати: жодне завантаження до 100% не дає беззбитковості.</translation>
    </message>
    <message>
        <source>$ per 1M tokens by utilization:</source>
        <translation>$ за 1 млн токенів залежно від завантаження:</translation>
    </message>
    <message>
        <source>Each input 20% lower and higher, $ per 1M tokens:</source>
        <translation>Кожен вхідний параметр на 20% нижчий і вищий, $ за 1 млн токенів:</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not CLASS=PERCENT.</source>
        <translation>--%1: «%2» не має вигляду CLASS=PERCENT.</translation>
    </message>
    <message>
        <source>--%1: unknown class &quot;%2&quot; (classification, extraction, support or reasoning).</source>
        <translation>--%1: невідомий клас «%2» (classification, extraction, support або reasoning).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a percentage from 0 to 100.</source>
        <translation>--%1: «%2» — не відсоток від 0 до 100.</translation>
    </message>
    <message>
        <source>Plan on this workspace&apos;s own traffic, per task class.</source>
        <translation>Планувати на основі власного трафіку цього робочого простору, за класами завдань.</translation>
    </message>
    <message>
        <source>With --workspace: the latest days read, as a monthly load (default 30).</source>
        <translation>З --workspace: скільки останніх днів прочитати, у перерахунку на місячне навантаження (типово 30).</translation>
    </message>
    <message>
        <source>Plan on the source article&apos;s case study instead: 1,000 descriptions a month on a frontier model (gpt), cascaded through a small API model (hybrid) or routed to a self-hosted one (slm).</source>
        <translation>Натомість планувати на основі практичного прикладу з вихідної статті: 1000 описів на місяць на передовій моделі (gpt), каскадом через малу модель в API (hybrid) або з маршрутизацією на модель на власному обладнанні (slm).</translation>
    </message>
    <message>
        <source>Send PERCENT of a class&apos;s work to the small model directly (repeatable).</source>
        <translation>Надсилати PERCENT роботи класу безпосередньо малій моделі (можна повторювати).</translation>
    </message>
    <message>
        <source>Send all of a class&apos;s work to the small model first, PERCENT of it escalating to today&apos;s model (repeatable).</source>
        <translation>Спершу надсилати всю роботу класу малій моделі, а PERCENT із неї передавати на нинішню модель (можна повторювати).</translation>
    </message>
    <message>
        <source>The small model: a catalog model whose prices apply.</source>
        <translation>Мала модель: модель із каталогу, ціни якої застосовуються.</translation>
    </message>
    <message>
        <source>The small model&apos;s price instead, USD per 1M input and output tokens (output defaults to input).</source>
        <translation>Натомість ціна малої моделі, USD за 1 млн вхідних і вихідних токенів (типово ціна вихідних дорівнює ціні вхідних).</translation>
    </message>
    <message>
        <source>Percent of the small model&apos;s outcomes a human corrects (default 5; the case study&apos;s own otherwise).</source>
        <translation>Відсоток результатів малої моделі, які виправляє людина (типово 5; для практичного прикладу — його власне значення).</translation>
    </message>
    <message>
        <source>USD one human correction costs (default 5).</source>
        <translation>Вартість одного виправлення людиною в USD (типово 5).</translation>
    </message>
    <message>
        <source>With --workspace: put a workflow (its project, else cost center) in a class (repeatable).</source>
        <translation>З --workspace: віднести робочий процес (його проєкт, інакше центр витрат) до класу (можна повторювати).</translation>
    </message>
    <message>
        <source>routing needs --workspace W or --case-study gpt|hybrid|slm (one of them).</source>
        <translation>routing потребує --workspace W або --case-study gpt|hybrid|slm (одне з двох).</translation>
    </message>
    <message>
        <source>--case-study: &quot;%1&quot; is not gpt, hybrid or slm.</source>
        <translation>--case-study: «%1» — не gpt, hybrid чи slm.</translation>
    </message>
    <message>
        <source>--%1 needs --workspace W.</source>
        <translation>--%1 потребує --workspace W.</translation>
    </message>
    <message>
        <source>--cascade: %1 is already routed by --route; give one strategy per class.</source>
        <translation>--cascade: %1 уже маршрутизовано через --route; вкажіть одну стратегію на клас.</translation>
    </message>
    <message>
        <source>--classify: &quot;%1&quot; is not WORKFLOW=CLASS.</source>
        <translation>--classify: «%1» не має вигляду WORKFLOW=CLASS.</translation>
    </message>
    <message>
        <source>--classify: unknown class &quot;%1&quot; (classification, extraction, support or reasoning).</source>
        <translation>--classify: невідомий клас «%1» (classification, extraction, support або reasoning).</translation>
    </message>
    <message>
        <source>--correction-cost takes USD, a number.</source>
        <translation>--correction-cost приймає суму в USD (число).</translation>
    </message>
    <message>
        <source>--small-correction-rate takes a percentage from 0 to 100.</source>
        <translation>--small-correction-rate приймає відсоток від 0 до 100.</translation>
    </message>
    <message>
        <source>--small-price: give the small model&apos;s price or --small-model, not both.</source>
        <translation>--small-price: вкажіть або ціну малої моделі, або --small-model, але не обидва.</translation>
    </message>
    <message>
        <source>--small-price takes USD per 1M tokens: IN or IN,OUT.</source>
        <translation>--small-price приймає USD за 1 млн токенів: IN або IN,OUT.</translation>
    </message>
    <message>
        <source>No calls to plan from: import usage first.</source>
        <translation>Немає викликів для планування: спершу імпортуйте дані використання.</translation>
    </message>
    <message>
        <source>inferometer-cli: note: --classify: no workflow &quot;%1&quot; in the window.</source>
        <translation>inferometer-cli: примітка: --classify: у вікні немає робочого процесу «%1».</translation>
    </message>
    <message>
        <source>--small-model: no price for model &quot;%1&quot; in the catalog (see inferometer-cli prices).</source>
        <translation>--small-model: у каталозі немає ціни для моделі «%1» (див. inferometer-cli prices).</translation>
    </message>
    <message>
        <source>small model</source>
        <translation>мала модель</translation>
    </message>
    <message>
        <source>inferometer-cli: note: no %1 work to plan on: its --%2 changes nothing.</source>
        <translation>inferometer-cli: примітка: немає роботи класу %1 для планування: --%2 для нього нічого не змінює.</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC), per month:</source>
        <translation>З %1 по %2 (UTC), на місяць:</translation>
    </message>
    <message>
        <source>The article&apos;s case study, option %1, per month:</source>
        <translation>Практичний приклад зі статті, варіант %1, на місяць:</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>стратегія</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>результ.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>new CPSO</source>
        <translation>нов.CPSO</translation>
    </message>
    <message>
        <source>+ corr.</source>
        <translation>+ випр.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новий</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>економія</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>очікується</translation>
    </message>
    <message>
        <source>Corrections: %1 of outcomes today, %2 projected, at %3 each.</source>
        <translation>Виправлення: сьогодні %1 результатів, за прогнозом %2, по %3 за кожне.</translation>
    </message>
    <message>
        <source>%1: %2 model savings fall outside the article&apos;s %3 to %4 for this class: check the plan.</source>
        <translation>%1: економія на моделі %2 виходить за межі зазначеного в статті діапазону %3–%4 для цього класу: перевірте план.</translation>
    </message>
    <message>
        <source>%1: mostly %2; workflows %3</source>
        <translation>%1: переважно %2; робочі процеси: %3</translation>
    </message>
    <message>
        <source>Write FOCUS 1.2 CSV to this file.</source>
        <translation>Записати CSV у форматі FOCUS 1.2 у цей файл.</translation>
    </message>
    <message>
        <source>Export calls from this time, inclusive (default: the first call).</source>
        <translation>Експортувати виклики від цього моменту включно (типово: від першого виклику).</translation>
    </message>
    <message>
        <source>Export calls until this time; a date includes that day (default: the last call).</source>
        <translation>Експортувати виклики до цього моменту; дата включає весь цей день (типово: до останнього виклику).</translation>
    </message>
    <message>
        <source>One charge period per day (default) or per hour.</source>
        <translation>Один період нарахування на день (типово) або на годину.</translation>
    </message>
    <message>
        <source>export needs --workspace W and --focus FILE.csv.</source>
        <translation>export потребує --workspace W і --focus FILE.csv.</translation>
    </message>
    <message>
        <source>--granularity: &quot;%1&quot; is neither day nor hour.</source>
        <translation>--granularity: «%1» — ні day, ні hour.</translation>
    </message>
    <message>
        <source>--to must come after --from.</source>
        <translation>--to має бути пізніше за --from.</translation>
    </message>
    <message>
        <source>%1: %2 FOCUS 1.2 rows for %3 calls; ListCost $%4, BilledCost $%5.</source>
        <translation>%1: рядків FOCUS 1.2 — %2 (викликів — %3); ListCost $%4, BilledCost $%5.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1 calls with neither a price nor a reported cost, which FOCUS cannot carry without inventing one: %2. Price them on the Prices page to include them.</source>
        <translation>Пропущено виклики без ціни та без заявленої вартості (%1), які FOCUS не може передати, не вигадавши вартість: %2. Щоб включити їх, задайте для них ціни на сторінці «Ціни».</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Required</source>
        <translation>Обов’язкові</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>When the call happened: ISO 8601 (2026-10-01T09:00:00Z) or epoch seconds or milliseconds. Other layouts need a time format. A time without a zone is UTC. Required.</source>
        <translation>Коли відбувся виклик: ISO 8601 (2026-10-01T09:00:00Z) або секунди чи мілісекунди Unix-часу. Для інших форматів потрібно задати формат часу. Час без часового поясу вважається UTC. Обов’язкове поле.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>The model as the provider names it (gpt-4o-mini, claude-sonnet-4-5): it selects the price. Required.</source>
        <translation>Модель у тому вигляді, як її називає постачальник (gpt-4o-mini, claude-sonnet-4-5): за нею визначається ціна. Обов’язкове поле.</translation>
    </message>
    <message>
        <source>Tokens (six buckets that do not overlap)</source>
        <translation>Токени (шість категорій, що не перетинаються)</translation>
    </message>
    <message>
        <source>Uncached input</source>
        <translation>Некешовані вхідні</translation>
    </message>
    <message>
        <source>Input tokens billed at the full input price. The buckets do not overlap: if this column also counts cached tokens, do not map those to cache read as well.</source>
        <translation>Вхідні токени, що оплачуються за повною ціною вхідних токенів. Категорії не перетинаються: якщо цей стовпець враховує й кешовані токени, не зіставляйте їх ще й із «Читання з кешу».</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Читання з кешу</translation>
    </message>
    <message>
        <source>Input tokens read from the prompt cache, billed at the cached-input price.</source>
        <translation>Вхідні токени, прочитані з кешу промптів, що оплачуються за ціною кешованих вхідних токенів.</translation>
    </message>
    <message>
        <source>Cache write 5m</source>
        <translation>Запис у кеш (5 хв)</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache with a 5-minute lifetime (Anthropic&apos;s cache_creation_input_tokens).</source>
        <translation>Вхідні токени, записані в кеш промптів на 5 хвилин (cache_creation_input_tokens в Anthropic).</translation>
    </message>
    <message>
        <source>Cache write 1h</source>
        <translation>Запис у кеш (1 год)</translation>
    </message>
    <message>
        <source>Input tokens written to the prompt cache with a 1-hour lifetime.</source>
        <translation>Вхідні токени, записані в кеш промптів на 1 годину.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Generated tokens, not counting reasoning tokens (map those separately, or not at all when this column includes them).</source>
        <translation>Згенеровані токени без токенів міркування (зіставте їх окремо або не зіставляйте взагалі, якщо цей стовпець їх уже містить).</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Міркування</translation>
    </message>
    <message>
        <source>Hidden reasoning (thinking) tokens, billed as output. Leave unmapped when the output column already counts them.</source>
        <translation>Приховані токени міркування (thinking), що оплачуються як вихідні. Не зіставляйте, якщо стовпець вихідних токенів уже їх враховує.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Reported cost (USD)</source>
        <translation>Заявлена вартість (USD)</translation>
    </message>
    <message>
        <source>What the source says the call cost, in USD. Kept next to the list cost computed from the price catalog and compared with it on the Billing check page; it never replaces it.</source>
        <translation>Скільки коштував виклик за даними джерела, у USD. Зберігається поряд із прейскурантною вартістю, обчисленою за каталогом цін, і порівнюється з нею на сторінці «Перевірка рахунків»; ніколи її не замінює.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Постачальник</translation>
    </message>
    <message>
        <source>openai, anthropic, google, …; optional: the price catalog knows the provider of most models.</source>
        <translation>openai, anthropic, google, …; необов’язково: каталог цін знає постачальника більшості моделей.</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Центр витрат</translation>
    </message>
    <message>
        <source>The department that pays. Attribution rules can fill it from the other fields later.</source>
        <translation>Підрозділ, який платить. Правила атрибуції можуть пізніше заповнити це поле з інших полів.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>The team that made the call.</source>
        <translation>Команда, яка здійснила виклик.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>The person or service account responsible for the call.</source>
        <translation>Особа або службовий обліковий запис, відповідальні за виклик.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>The key&apos;s id, alias or hash, never the secret itself. Spend on keys without an owner shows as shadow spend.</source>
        <translation>Ідентифікатор, псевдонім або хеш ключа, але ніколи не сам секрет. Витрати за ключами без власника відображаються як тіньові витрати.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>The project or application the call served.</source>
        <translation>Проєкт або застосунок, для якого здійснено виклик.</translation>
    </message>
    <message>
        <source>Tasks and calls</source>
        <translation>Завдання й виклики</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>ID завдання</translation>
    </message>
    <message>
        <source>The unit of work the call belongs to: cost per task, CPSO and rework need it.</source>
        <translation>Одиниця роботи, до якої належить виклик: потрібна для вартості завдання, CPSO та переробки.</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Спроба</translation>
    </message>
    <message>
        <source>1 for the first try of a task, 2 and up for retries and fixes (rework). Empty: 1.</source>
        <translation>1 — перша спроба завдання, 2 і більше — повторні спроби та виправлення (переробка). Порожньо: 1.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>accepted, rework, rejected or unknown: CPSO divides the cost by the accepted tasks.</source>
        <translation>accepted, rework, rejected або unknown: CPSO ділить вартість на кількість прийнятих завдань.</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID агента</translation>
    </message>
    <message>
        <source>The agent that made the call, in agent workflows.</source>
        <translation>Агент, який здійснив виклик, в агентних робочих процесах.</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID виклику</translation>
    </message>
    <message>
        <source>The provider&apos;s or gateway&apos;s request id. With it, importing the file again skips calls already in the workspace even when other fields changed.</source>
        <translation>Ідентифікатор запиту від постачальника або шлюзу. З ним повторний імпорт файлу пропускає виклики, які вже є в робочому просторі, навіть якщо інші поля змінилися.</translation>
    </message>
    <message>
        <source>Parent call id</source>
        <translation>ID батьківського виклику</translation>
    </message>
    <message>
        <source>The call that made this one, for agent trees and cascades.</source>
        <translation>Виклик, що ініціював цей, — для дерев агентів і каскадів.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>chat, completion, embedding, …</source>
        <translation>chat, completion, embedding, …</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>How many calls the row stands for, in daily or hourly totals. Empty: 1.</source>
        <translation>Скільки викликів представляє рядок у денних чи погодинних підсумках. Порожньо: 1.</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Затримка (ms)</translation>
    </message>
    <message>
        <source>How long the call took, in milliseconds.</source>
        <translation>Тривалість виклику в мілісекундах.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>ok or error. Empty: ok.</source>
        <translation>ok або error. Порожньо: ok.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Пакетний режим</translation>
    </message>
    <message>
        <source>true when the call was billed at the batch price (true/false, 1/0, yes/no).</source>
        <translation>true, якщо виклик оплачено за пакетною ціною (true/false, 1/0, yes/no).</translation>
    </message>
    <message>
        <source>Map columns: %1</source>
        <translation>Зіставлення стовпців: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: choose the column that holds each field; &lt;b&gt;time&lt;/b&gt; and &lt;b&gt;model&lt;/b&gt; are required. Hover a field for what it means. The tables on the right follow your choices: the file&apos;s first rows, the events as they will be stored, and the rows that would be rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: для кожного поля оберіть стовпець, що його містить; &lt;b&gt;час&lt;/b&gt; і &lt;b&gt;модель&lt;/b&gt; обов’язкові. Наведіть вказівник на поле, щоб побачити його значення. Таблиці праворуч відображають ваш вибір: перші рядки файлу, події в тому вигляді, у якому їх буде збережено, і рядки, які буде відхилено.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читання файлу…</translation>
    </message>
    <message>
        <source>&amp;Remember for files named</source>
        <translation>Запа&amp;м’ятати для файлів з іменем</translation>
    </message>
    <message>
        <source>The mapping is used again for files whose name matches: * stands for any characters, ? for one. The default replaces the digits of the name, so that next month&apos;s export matches too.</source>
        <translation>Зіставлення повторно застосовується до файлів, ім’я яких відповідає шаблону: * означає будь-які символи, ? — один символ. Типово цифри в імені замінюються, щоб шаблону відповідав і експорт наступного місяця.</translation>
    </message>
    <message>
        <source>&amp;Use Mapping</source>
        <translation>&amp;Застосувати зіставлення</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Кома ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Крапка з комою ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>What separates the columns of the CSV file. JSON Lines files have none.</source>
        <translation>Символ, що розділяє стовпці файлу CSV. У файлах JSON Lines його немає.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <source>ISO 8601 or epoch</source>
        <translation>ISO 8601 або Unix-час</translation>
    </message>
    <message>
        <source>Only for a time column in another layout, written as for QDateTime: dd.MM.yyyy HH:mm, MM/dd/yyyy, … A layout without a zone is read as UTC. Leave empty for ISO 8601 (2026-10-01T09:00:00Z) and epoch numbers.</source>
        <translation>Лише для стовпця часу в іншому форматі, записаному як для QDateTime: dd.MM.yyyy HH:mm, MM/dd/yyyy, … Формат без часового поясу читається як UTC. Залиште порожнім для ISO 8601 (2026-10-01T09:00:00Z) та чисел Unix-часу.</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>&amp;Формат часу:</translation>
    </message>
    <message>
        <source>The file&apos;s first rows (line numbers at the left; mapped columns tinted)</source>
        <translation>Перші рядки файлу (номери рядків ліворуч; зіставлені стовпці підсвічено)</translation>
    </message>
    <message>
        <source>As they will be stored: events, priced</source>
        <translation>Як їх буде збережено: події з цінами</translation>
    </message>
    <message>
        <source>Rejected rows (a file with any is not imported)</source>
        <translation>Відхилені рядки (файл, що їх містить, не імпортується)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(оберіть стовпець)</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(немає у файлі)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (не знайдено)</translation>
    </message>
    <message>
        <source>This is a JSON Lines file: the columns are its keys, nested ones as a.b.</source>
        <translation>Це файл JSON Lines: стовпці — це його ключі, вкладені записано як a.b.</translation>
    </message>
    <message numerus="yes">
        <source>Of the first %n row(s): </source>
        <translation>
            <numerusform>З перших %n рядка: </numerusform>
            <numerusform>З перших %n рядків: </numerusform>
            <numerusform>З перших %n рядків: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected.</source>
        <translation>
            <numerusform>, відхилено: %n.</numerusform>
            <numerusform>, відхилено: %n.</numerusform>
            <numerusform>, відхилено: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) unpriced: the price list does not know the model.</source>
        <translation>
            <numerusform>%n подія без ціни: моделі немає в прейскуранті.</numerusform>
            <numerusform>%n події без ціни: моделі немає в прейскуранті.</numerusform>
            <numerusform>%n подій без ціни: моделі немає в прейскуранті.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file with rejected rows is not imported: choose other columns, or fix the rows.</source>
        <translation>Файл із відхиленими рядками не імпортується: оберіть інші стовпці або виправте рядки.</translation>
    </message>
    <message>
        <source>Choose the columns of time and model first.</source>
        <translation>Спершу оберіть стовпці часу й моделі.</translation>
    </message>
</context>
<context>
    <name>CostCentersPage</name>
    <message>
        <source>Cost centers</source>
        <translation>Центри витрат</translation>
    </message>
    <message>
        <source>Could not compute the cost centers: %1</source>
        <translation>Не вдалося обчислити центри витрат: %1</translation>
    </message>
    <message>
        <source>Compare with previous period</source>
        <translation>Порівняти з попереднім періодом</translation>
    </message>
    <message>
        <source>Show the change of spend against the period of the same length just before this one.</source>
        <translation>Показати зміну витрат порівняно з таким самим за тривалістю періодом безпосередньо перед цим.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Експортувати CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown (expanded ones with their children) with their path and metrics as CSV (UTF-8).</source>
        <translation>Зберегти показані рядки (розгорнуті — разом із дочірніми) з їхнім шляхом і метриками як CSV (UTF-8).</translation>
    </message>
    <message>
        <source>Double-click a row to see the calls behind it.</source>
        <translation>Двічі клацніть рядок, щоб побачити виклики, з яких він складається.</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ Новіші</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>Старіші ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Show calls</source>
        <translation>Показати виклики</translation>
    </message>
    <message>
        <source>Could not read the calls: %1</source>
        <translation>Не вдалося прочитати виклики: %1</translation>
    </message>
    <message>
        <source>No calls behind %1 in this period</source>
        <translation>Немає викликів для %1 у цьому періоді</translation>
    </message>
    <message>
        <source>Calls %1–%2 of %3 behind %4, newest first</source>
        <translation>Виклики %1–%2 з %3 для %4, спершу новіші</translation>
    </message>
    <message>
        <source>No calls in this workspace</source>
        <translation>У цьому робочому просторі немає викликів</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC) · %3 · %4 events</source>
        <translation>%1 – %2 (UTC) · %3 · подій: %4</translation>
    </message>
    <message>
        <source> · no calls in the previous period</source>
        <translation> · у попередньому періоді викликів не було</translation>
    </message>
    <message>
        <source> · previous period %1%2</source>
        <translation> · попередній період: %1%2</translation>
    </message>
    <message>
        <source> (%1%2)</source>
        <translation> (%1%2)</translation>
    </message>
    <message>
        <source>Export cost centers</source>
        <translation>Експортувати центри витрат</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Експортовано %n рядок у %1.</numerusform>
            <numerusform>Експортовано %n рядки у %1.</numerusform>
            <numerusform>Експортовано %n рядків у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the calls behind %1…</source>
        <translation>Читання викликів для %1…</translation>
    </message>
    <message>
        <source>Spend by cost center, team, owner and API key</source>
        <translation>Витрати за центром витрат, командою, власником і API-ключем</translation>
    </message>
    <message>
        <source>Calls behind the selected row</source>
        <translation>Виклики, що стоять за вибраним рядком</translation>
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
        <translation>Без ключа, без проєкту</translation>
    </message>
    <message>
        <source>%1 (project, no key)</source>
        <translation>%1 (проєкт, без ключа)</translation>
    </message>
    <message>
        <source>Cost center › team › owner › API key (the project for calls made without a key) › model.</source>
        <translation>Центр витрат › команда › власник › API-ключ (для викликів без ключа — проєкт) › модель.</translation>
    </message>
    <message>
        <source>List cost in the period: tokens in each of the six buckets × the price valid at the time of the call. Calls to models without a known price are not counted (never as $0).</source>
        <translation>Прейскурантна вартість за період: токени в кожній із шести категорій × ціна, чинна на момент виклику. Виклики моделей без відомої ціни не враховуються (і ніколи не рахуються як $0).</translation>
    </message>
    <message>
        <source>Share of the parent&apos;s spend (for a cost center: of the total) in the period.</source>
        <translation>Частка у витратах вищого рівня (для центру витрат — у загальних витратах) за період.</translation>
    </message>
    <message>
        <source>Change of spend against the previous period of the same length, just before this one. ▲ spends more, ▼ less; &quot;new&quot; had no spend before.</source>
        <translation>Зміна витрат порівняно з попереднім періодом такої самої тривалості безпосередньо перед цим. ▲ — витрати зросли, ▼ — зменшилися; «нове» — раніше витрат не було.</translation>
    </message>
    <message>
        <source>Spend per day over the period, each row on its own scale (the dot marks the last day).</source>
        <translation>Витрати за день протягом періоду, кожен рядок у власному масштабі (крапка позначає останній день).</translation>
    </message>
    <message>
        <source>Cost center › … › model</source>
        <translation>Центр витрат › … › модель</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Δ vs previous</source>
        <translation>Δ до попереднього</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динаміка</translation>
    </message>
    <message>
        <source>Cost / task</source>
        <translation>Вартість завдання</translation>
    </message>
    <message>
        <source>CPSO</source>
        <translation>CPSO</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Переробка</translation>
    </message>
    <message>
        <source>Token eff.</source>
        <translation>Ефект. токенів</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Влучання в кеш</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нове</translation>
    </message>
    <message>
        <source>%1: %2
%3 calls · %4 events</source>
        <translation>%1: %2
викликів: %3 · подій: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 list cost; %n call(s) without a known price are not included.</source>
        <translation>
            <numerusform>Прейскурантна вартість %1; %n виклик без відомої ціни не враховано.</numerusform>
            <numerusform>Прейскурантна вартість %1; %n виклики без відомої ціни не враховано.</numerusform>
            <numerusform>Прейскурантна вартість %1; %n викликів без відомої ціни не враховано.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 list cost</source>
        <translation>Прейскурантна вартість %1</translation>
    </message>
    <message>
        <source>Previous period %1 – %2: %3
This period: %4</source>
        <translation>Попередній період %1 – %2: %3
Цей період: %4</translation>
    </message>
    <message>
        <source>Spend per day, %1 – %2; peak %3 on %4</source>
        <translation>Витрати за день, %1 – %2; пік %3 (%4)</translation>
    </message>
    <message>
        <source>%1
%2 tasks</source>
        <translation>%1
завдань: %2</translation>
    </message>
    <message>
        <source>%1
%2 accepted tasks</source>
        <translation>%1
прийнятих завдань: %2</translation>
    </message>
    <message>
        <source>Spend (USD)</source>
        <translation>Витрати (USD)</translation>
    </message>
    <message>
        <source>Share of parent</source>
        <translation>Частка від вищого рівня</translation>
    </message>
    <message>
        <source>Previous spend (USD)</source>
        <translation>Попередні витрати (USD)</translation>
    </message>
    <message>
        <source>Change vs previous</source>
        <translation>Зміна до попереднього періоду</translation>
    </message>
    <message>
        <source>Cost per task (USD)</source>
        <translation>Вартість завдання (USD)</translation>
    </message>
    <message>
        <source>CPSO (USD)</source>
        <translation>CPSO (USD)</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>Частка переробки</translation>
    </message>
    <message>
        <source>Token efficiency</source>
        <translation>Ефективність токенів</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Частка влучань у кеш</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Canceled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>The file already exists; the demo is only written to a new file.</source>
        <translation>Файл уже існує; демонстраційні дані записуються лише в новий файл.</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesPage</name>
    <message>
        <source>Billing check</source>
        <translation>Перевірка рахунків</translation>
    </message>
    <message>
        <source>Where a source states what calls cost (a provider&apos;s cost export beside its usage export, a gateway&apos;s spend, a tracer&apos;s cost attribute), Inferometer compares it with the list cost of the same model on the same day. A difference means a wrong or missing price, a discount, or a change in how the provider bills.</source>
        <translation>Якщо джерело зазначає вартість викликів (експорт витрат постачальника поряд з експортом використання, витрати шлюзу, атрибут вартості в системі трасування), Inferometer порівнює її з прейскурантною вартістю тієї самої моделі за той самий день. Різниця означає хибну чи відсутню ціну, знижку або зміну в тому, як постачальник виставляє рахунки.</translation>
    </message>
    <message>
        <source>Show differences above</source>
        <translation>Показувати розбіжності понад</translation>
    </message>
    <message>
        <source>Relative difference between reported and list cost that counts as a discrepancy</source>
        <translation>Відносна різниця між заявленою та прейскурантною вартістю, яка вважається розбіжністю</translation>
    </message>
    <message>
        <source>&lt;b&gt;No discrepancies&lt;/b&gt; above the threshold (or no source in this workspace states its costs).</source>
        <translation>&lt;b&gt;Розбіжностей немає&lt;/b&gt; понад поріг (або жодне джерело в цьому робочому просторі не зазначає своїх витрат).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n model-day(s)&lt;/b&gt; differ: reported %1 against %2 at list prices.</source>
        <translation>
            <numerusform>Розбіжність за &lt;b&gt;%n модель-день&lt;/b&gt;: заявлено %1 проти %2 за прейскурантними цінами.</numerusform>
            <numerusform>Розбіжності за &lt;b&gt;%n модель-дні&lt;/b&gt;: заявлено %1 проти %2 за прейскурантними цінами.</numerusform>
            <numerusform>Розбіжності за &lt;b&gt;%n модель-днів&lt;/b&gt;: заявлено %1 проти %2 за прейскурантними цінами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing discrepancies</source>
        <translation>Розбіжності в рахунках</translation>
    </message>
</context>
<context>
    <name>DiscrepancyModel</name>
    <message>
        <source>Tokens × the catalog price valid that day, for the model&apos;s calls that day.</source>
        <translation>Токени × ціна з каталогу, чинна того дня, для викликів моделі за цей день.</translation>
    </message>
    <message>
        <source>What the source (provider cost export, gateway, tracer) says those calls cost.</source>
        <translation>Вартість цих викликів за даними джерела (експорт витрат постачальника, шлюз, система трасування).</translation>
    </message>
    <message>
        <source>(reported − list) / list. Blank when there is no list cost to compare (unpriced model, or a cost row without usage).</source>
        <translation>(заявлена − прейскурантна) / прейскурантна. Порожньо, якщо немає прейскурантної вартості для порівняння (модель без ціни або рядок витрат без використання).</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>День (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>List cost</source>
        <translation>Прейскурантна вартість</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>За звітом</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Різниця</translation>
    </message>
    <message>
        <source>Difference %</source>
        <translation>Різниця, %</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(без моделі)</translation>
    </message>
</context>
<context>
    <name>ErrorListModel</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(увесь рядок)</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>unpriced</source>
        <translation>без ціни</translation>
    </message>
    <message>
        <source>Call %1, no parent call</source>
        <translation>Виклик %1, без батьківського виклику</translation>
    </message>
    <message>
        <source>Call %1, child of %2</source>
        <translation>Виклик %1, дочірній для %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Час (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Центр витрат</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>Input tok.</source>
        <translation>Вх. токени</translation>
    </message>
    <message>
        <source>Output tok.</source>
        <translation>Вих. токени</translation>
    </message>
    <message>
        <source>List cost</source>
        <translation>Прейскурантна вартість</translation>
    </message>
    <message>
        <source>Input tokens: uncached + cache reads + cache writes.</source>
        <translation>Вхідні токени: некешовані + прочитані з кешу + записані в кеш.</translation>
    </message>
    <message>
        <source>Output tokens, reasoning included.</source>
        <translation>Вихідні токени, включно з токенами міркувань.</translation>
    </message>
    <message>
        <source>The call&apos;s list cost from the price catalog valid at its time.</source>
        <translation>Прейскурантна вартість виклику за каталогом цін, чинним на момент виклику.</translation>
    </message>
</context>
<context>
    <name>Export::Chargeback</name>
    <message>
        <source>Spend without a cost center is split evenly between the cost centers with spend this month.</source>
        <translation>Витрати без центру витрат розподіляються порівну між центрами витрат, які мали витрати цього місяця.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Spend without a cost center is split by fixed shares: %1.</source>
        <translation>Витрати без центру витрат розподіляються за фіксованими частками: %1.</translation>
    </message>
    <message>
        <source>Spend without a cost center is split in proportion to each cost center&apos;s direct spend.</source>
        <translation>Витрати без центру витрат розподіляються пропорційно прямим витратам кожного центру витрат.</translation>
    </message>
    <message>
        <source>The rule is proportional, even or fixed:COST_CENTER=PERCENT,…</source>
        <translation>Правило: proportional, even або fixed:COST_CENTER=PERCENT,…</translation>
    </message>
    <message>
        <source>“%1” is not COST_CENTER=PERCENT with a percent above 0 and at most 100.</source>
        <translation>«%1» не відповідає формі COST_CENTER=PERCENT із відсотком більше 0 і не більше 100.</translation>
    </message>
    <message>
        <source>“%1” is not a cost center with spend this month (%2).</source>
        <translation>«%1» — не центр витрат, що мав витрати цього місяця (%2).</translation>
    </message>
    <message>
        <source>“%1” is named twice.</source>
        <translation>«%1» зазначено двічі.</translation>
    </message>
    <message>
        <source>“%1”: shares are given to 1/100 of a percent at most.</source>
        <translation>«%1»: частки задаються з точністю щонайбільше до 1/100 відсотка.</translation>
    </message>
    <message>
        <source>A fixed rule names at least one cost center.</source>
        <translation>Фіксоване правило має містити щонайменше один центр витрат.</translation>
    </message>
    <message>
        <source>The shares add up to %1%, not 100%.</source>
        <translation>Сума часток становить %1%, а не 100%.</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(без команди)</translation>
    </message>
</context>
<context>
    <name>Export::Focus</name>
    <message>
        <source>Self-hosted (workspace TCO)</source>
        <translation>Власний хостинг (TCO робочого простору)</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>Невідомий постачальник</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Не вдалося записати експорт: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 price)</source>
        <translation>%1 %2 (ціна: %3)</translation>
    </message>
    <message>
        <source>%1 tokens at the cost the source reported (no list price)</source>
        <translation>Токени %1 за вартістю, заявленою джерелом (без прейскурантної ціни)</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>Власний хостинг</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Обліковий запис %1</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Self-hosted inference</source>
        <translation>Інференс на власному хостингу</translation>
    </message>
    <message>
        <source>%1 API</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Скасовано.</translation>
    </message>
</context>
<context>
    <name>Export::Statement</name>
    <message>
        <source>AI spend statement for %1 (UTC). Spend is the cost the provider reported, else the list price.</source>
        <translation>Звіт про витрати на ШІ за %1 (UTC). Витрати — це вартість, заявлена постачальником, а якщо її немає — прейскурантна ціна.</translation>
    </message>
    <message>
        <source>Total to charge</source>
        <translation>Усього до відшкодування</translation>
    </message>
    <message>
        <source>Direct spend</source>
        <translation>Прямі витрати</translation>
    </message>
    <message>
        <source>   of which self-hosted models</source>
        <translation>   з них моделі на власному хостингу</translation>
    </message>
    <message>
        <source>Share of spend without a cost center</source>
        <translation>Частка витрат без центру витрат</translation>
    </message>
    <message>
        <source>Allocation rule: %1 This month %2 of %3 had no cost center.</source>
        <translation>Правило розподілу: %1 Цього місяця %2 з %3 не мали центру витрат.</translation>
    </message>
    <message>
        <source>Direct spend by model</source>
        <translation>Прямі витрати за моделями</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s): %1</source>
        <translation>
            <numerusform>Ще %n модель: %1</numerusform>
            <numerusform>Ще %n моделі: %1</numerusform>
            <numerusform>Ще %n моделей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Direct spend by team</source>
        <translation>Прямі витрати за командами</translation>
    </message>
    <message>
        <source>Shared spend (%1)</source>
        <translation>Спільні витрати (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>AI spend statement: %1</source>
        <translation>Звіт про витрати на ШІ: %1</translation>
    </message>
    <message>
        <source>Cannot write the statement.</source>
        <translation>Не вдається записати звіт.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Спочатку відкрийте або створіть робочий простір.</translation>
    </message>
    <message>
        <source>Chargeback statements</source>
        <translation>Звіти про внутрішнє відшкодування витрат (chargeback)</translation>
    </message>
    <message>
        <source>The workspace holds no calls yet.</source>
        <translation>Робочий простір ще не містить викликів.</translation>
    </message>
    <message>
        <source>The calendar month (UTC) to charge</source>
        <translation>Календарний місяць (UTC), за який виставляється відшкодування</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Місяць:</translation>
    </message>
    <message>
        <source>In proportion to direct spend</source>
        <translation>Пропорційно прямим витратам</translation>
    </message>
    <message>
        <source>Evenly between cost centers</source>
        <translation>Порівну між центрами витрат</translation>
    </message>
    <message>
        <source>By fixed shares</source>
        <translation>За фіксованими частками</translation>
    </message>
    <message>
        <source>How spend without a cost center (untagged keys, shared platform calls) is shared out</source>
        <translation>Як розподіляються витрати без центру витрат (ключі без міток, спільні виклики платформи)</translation>
    </message>
    <message>
        <source>Share unowned spend:</source>
        <translation>Розподіл витрат без власника:</translation>
    </message>
    <message>
        <source>Cost center=percent, separated by commas, adding up to 100</source>
        <translation>центр витрат=відсоток через кому, разом 100</translation>
    </message>
    <message>
        <source>Fixed shares:</source>
        <translation>Фіксовані частки:</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Вибрати теку…</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Тека для звітів</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n file(s) written, for a month total of $%1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Записано %n файл, сума за місяць $%1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Записано %n файли, сума за місяць $%1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Записано %n файлів, сума за місяць $%1:&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the statements…</source>
        <translation>Запис звітів…</translation>
    </message>
    <message>
        <source>One charge period per day</source>
        <translation>Один розрахунковий період на день</translation>
    </message>
    <message>
        <source>One charge period per hour</source>
        <translation>Один розрахунковий період на годину</translation>
    </message>
    <message>
        <source>Export FOCUS 1.2</source>
        <translation>Експорт FOCUS 1.2</translation>
    </message>
    <message>
        <source>The window&apos;s period of %1, as FOCUS 1.2 rows with:</source>
        <translation>Період вікна %1 у вигляді рядків FOCUS 1.2 з такою деталізацією:</translation>
    </message>
    <message>
        <source>Export FOCUS 1.2 CSV</source>
        <translation>Експорт FOCUS 1.2 у CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows for %2 calls written to %3.&lt;/p&gt;&lt;p&gt;ListCost $%4 · BilledCost $%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Записано в %3: рядків — %1, викликів — %2.&lt;/p&gt;&lt;p&gt;ListCost $%4 · BilledCost $%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 calls)</source>
        <translation>%1 (викликів: %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Left out: %1 calls&lt;/b&gt; with neither a price nor a reported cost, which FOCUS cannot carry without inventing one: %2. Price them on the Prices page to include them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Пропущено викликів: %1&lt;/b&gt; — без ціни й без заявленої вартості; FOCUS не може їх передати, не вигадавши вартість: %2. Щоб їх включити, задайте для них ціни на сторінці «Ціни».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>FOCUS 1.2 export</source>
        <translation>Експорт FOCUS 1.2</translation>
    </message>
    <message>
        <source>Exporting FOCUS 1.2…</source>
        <translation>Експорт FOCUS 1.2…</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Unattributed</source>
        <translation>Без атрибуції</translation>
    </message>
    <message>
        <source>(no model name)</source>
        <translation>(без назви моделі)</translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation>(без постачальника)</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Центр витрат</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Постачальник</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Cost per task: the cost of all calls of a task (every attempt, every agent step), averaged over tasks. A task counts once, on its first call.</source>
        <translation>Вартість завдання: вартість усіх викликів завдання (кожна спроба, кожен крок агента), усереднена за завданнями. Завдання враховується один раз — за його першим викликом.</translation>
    </message>
    <message>
        <source>CPSO, cost per successful outcome: total list cost / number of tasks whose final outcome is accepted.</source>
        <translation>CPSO, вартість успішного результату: загальна прейскурантна вартість / кількість завдань, остаточний результат яких прийнято.</translation>
    </message>
    <message>
        <source>Rework rate: share of the cost of task calls spent on attempts after the first (re-runs and fixes of model errors). Tasks finally rejected count as waste, not rework.</source>
        <translation>Частка переробки: частка вартості викликів завдань, витрачена на спроби після першої (повторні запуски та виправлення помилок моделі). Остаточно відхилені завдання вважаються марнуванням, а не переробкою.</translation>
    </message>
    <message>
        <source>Token efficiency: share of task tokens spent on tasks accepted at their first attempt. Token waste is its complement.</source>
        <translation>Ефективність токенів: частка токенів завдань, витрачених на завдання, прийняті з першої спроби. Решта — марнування токенів.</translation>
    </message>
    <message>
        <source>Cache hit rate: cache-read tokens / all input tokens (uncached + cache read + cache writes).</source>
        <translation>Частка влучань у кеш: токени, прочитані з кешу / усі вхідні токени (некешовані + прочитані з кешу + записані в кеш).</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions: 1.2B</comment>
        <translation>%1 млрд</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions: 4.3M</comment>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands: 374k</comment>
        <translation>%1 тис.</translation>
    </message>
</context>
<context>
    <name>Gguf</name>
    <message>
        <source>file ends inside the length of %1</source>
        <translation>файл обривається посеред довжини %1</translation>
    </message>
    <message>
        <source>%1 claims %2 bytes but only %3 remain in the file</source>
        <translation>%1 заявляє %2 байт, але у файлі лишилося лише %3</translation>
    </message>
    <message>
        <source>file ends inside a %1 value</source>
        <translation>файл обривається посеред значення %1</translation>
    </message>
    <message>
        <source>bool value is %1, not 0 or 1</source>
        <translation>значення bool дорівнює %1, а не 0 чи 1</translation>
    </message>
    <message>
        <source>arrays nested deeper than %1 levels</source>
        <translation>масиви вкладено глибше, ніж на %1 рівнів</translation>
    </message>
    <message>
        <source>file ends inside an array header</source>
        <translation>файл обривається посеред заголовка масиву</translation>
    </message>
    <message>
        <source>array element type %1 is unknown</source>
        <translation>невідомий тип елементів масиву %1</translation>
    </message>
    <message>
        <source>array claims %1 elements of type %2 but only %3 bytes remain in the file</source>
        <translation>масив заявляє %1 елементів типу %2, але у файлі лишилося лише %3 байт</translation>
    </message>
    <message>
        <source>value type %1 is unknown</source>
        <translation>невідомий тип значення %1</translation>
    </message>
    <message>
        <source> (at byte %1)</source>
        <translation> (на байті %1)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>не вдається відкрити: %1</translation>
    </message>
    <message>
        <source>the file is empty, not GGUF</source>
        <translation>файл порожній, це не GGUF</translation>
    </message>
    <message>
        <source>cannot map into memory: %1</source>
        <translation>не вдається відобразити в пам&apos;ять: %1</translation>
    </message>
    <message>
        <source>not a GGUF file (the first 4 bytes are not &quot;GGUF&quot;)</source>
        <translation>не файл GGUF (перші 4 байти — не &quot;GGUF&quot;)</translation>
    </message>
    <message>
        <source>file ends inside the header</source>
        <translation>файл обривається посеред заголовка</translation>
    </message>
    <message>
        <source>big-endian GGUF files are not supported</source>
        <translation>файли GGUF із порядком байтів big-endian не підтримуються</translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (only 2 and 3)</source>
        <translation>версія GGUF %1 не підтримується (лише 2 і 3)</translation>
    </message>
    <message>
        <source>header claims %1 metadata entries, more than the file can hold</source>
        <translation>заголовок заявляє %1 записів метаданих — більше, ніж може вмістити файл</translation>
    </message>
    <message>
        <source>header claims %1 tensors, more than the file can hold</source>
        <translation>заголовок заявляє %1 тензорів — більше, ніж може вмістити файл</translation>
    </message>
    <message>
        <source>duplicate metadata key</source>
        <translation>повторюваний ключ метаданих</translation>
    </message>
    <message>
        <source>file ends inside the value type</source>
        <translation>файл обривається посеред типу значення</translation>
    </message>
    <message>
        <source>must be a uint32, not %1</source>
        <translation>має бути uint32, а не %1</translation>
    </message>
    <message>
        <source>%1 is not a power of two</source>
        <translation>%1 не є степенем двійки</translation>
    </message>
    <message>
        <source>duplicate tensor name</source>
        <translation>повторювана назва тензора</translation>
    </message>
    <message>
        <source>file ends inside the tensor info</source>
        <translation>файл обривається посеред опису тензора</translation>
    </message>
    <message>
        <source>tensor has %1 dimensions (1 to %2 allowed)</source>
        <translation>тензор має %1 розмірностей (допустимо від 1 до %2)</translation>
    </message>
    <message>
        <source>file ends inside the tensor dimensions</source>
        <translation>файл обривається посеред розмірностей тензора</translation>
    </message>
    <message>
        <source>dimension %1 is 0</source>
        <translation>розмірність %1 дорівнює 0</translation>
    </message>
    <message>
        <source>dimension %1 (%2) makes the element count overflow</source>
        <translation>через розмірність %1 (%2) кількість елементів переповнюється</translation>
    </message>
    <message>
        <source>tensor type %1 is unknown</source>
        <translation>невідомий тип тензора %1</translation>
    </message>
    <message>
        <source>row length %1 is not a multiple of the %2 block size %3</source>
        <translation>довжина рядка %1 не кратна розміру блока %2 (%3)</translation>
    </message>
    <message>
        <source>data offset %1 is not a multiple of the alignment %2</source>
        <translation>зсув даних %1 не кратний вирівнюванню %2</translation>
    </message>
    <message>
        <source>file ends before its data section</source>
        <translation>файл закінчується до початку розділу даних</translation>
    </message>
    <message>
        <source>data (%1 bytes at data offset %2) runs past the end of the file (%3 bytes of data)</source>
        <translation>дані (%1 байт за зсувом даних %2) виходять за кінець файлу (даних: %3 байт)</translation>
    </message>
    <message>
        <source>as %1 of shape %2 its data is %3 bytes from offset %4, and runs into tensor &quot;%5&quot; at offset %6</source>
        <translation>як %1 форми %2 його дані займають %3 байт від зсуву %4 і заходять на тензор &quot;%5&quot; за зсувом %6</translation>
    </message>
    <message>
        <source>required metadata key is missing</source>
        <translation>бракує обов&apos;язкового ключа метаданих</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>очікувалося: %1, знайдено: %2</translation>
    </message>
    <message>
        <source>no such tensor</source>
        <translation>такого тензора немає</translation>
    </message>
    <message>
        <source>alignment %1 is not a power of two</source>
        <translation>вирівнювання %1 не є степенем двійки</translation>
    </message>
    <message>
        <source>a tensor needs 1 to 4 dimensions</source>
        <translation>тензор має мати від 1 до 4 розмірностей</translation>
    </message>
    <message>
        <source>row length %1 does not fit type %2</source>
        <translation>довжина рядка %1 не відповідає типу %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>не вдається записати: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>tensor data is %1 bytes, its type and dimensions need %2</source>
        <translation>дані тензора мають %1 байт, а його тип і розмірності потребують %2</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>не вдається створити: %1</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <source>Where the money goes</source>
        <translation>Куди йдуть гроші</translation>
    </message>
    <message>
        <source>The Overview sums up a period of the demo company&apos;s LLM usage: spend, calls, cost per task, CPSO (cost per successful outcome), rework, token efficiency and cache hits. Hover a figure for its definition; choose the period at the top right.</source>
        <translation>Огляд підсумовує період використання LLM демонстраційною компанією: витрати, виклики, вартість завдання, CPSO (вартість успішного результату), переробку, ефективність токенів і влучання в кеш. Наведіть курсор на показник, щоб побачити його визначення; період оберіть угорі праворуч.</translation>
    </message>
    <message>
        <source>Who spends it</source>
        <translation>Хто їх витрачає</translation>
    </message>
    <message>
        <source>Cost centers break spend down to teams, owners and API keys, with cost per task and CPSO for each. Every table can be exported as CSV or copied as Markdown from its context menu.</source>
        <translation>Центри витрат розкладають витрати за командами, власниками та API-ключами, з вартістю завдання та CPSO для кожного. Будь-яку таблицю можна експортувати в CSV або скопіювати як Markdown з її контекстного меню.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Що пішло не так</translation>
    </message>
    <message>
        <source>Anomalies finds spend spikes, runaway agent loops, context bloat and shadow spend, each with its estimated excess cost and the calls behind it.</source>
        <translation>Аномалії знаходять сплески витрат, неконтрольовані цикли агентів, роздування контексту й тіньові витрати, кожну з оцінкою надлишкових витрат і викликами, що за нею стоять.</translation>
    </message>
    <message>
        <source>How mature the practice is</source>
        <translation>Наскільки зріла практика</translation>
    </message>
    <message>
        <source>Maturity places the workspace on the AI-FinOps ladder, from 1 Chaos to 5 Autonomous governance, from evidence in the data, and lists what would reach the next level and what it would save.</source>
        <translation>Зрілість визначає місце робочого простору на драбині AI-FinOps, від 1 Хаос до 5 Автономне управління, за доказами в даних, і перелічує, що приведе до наступного рівня і скільки це заощадить.</translation>
    </message>
    <message>
        <source>Trim a prompt</source>
        <translation>Скоротіть промпт</translation>
    </message>
    <message>
        <source>The Prompt editor counts tokens as you type, suggests rewrites and shows what a shorter system prompt or a cached prefix saves a month.</source>
        <translation>Редактор промптів рахує токени під час введення, пропонує перетворення й показує, скільки на місяць заощадить коротший системний промпт або кешований префікс.</translation>
    </message>
    <message>
        <source>Test a model on your GPU</source>
        <translation>Перевірте модель на своєму GPU</translation>
    </message>
    <message>
        <source>Model A/B runs your own GGUF model as int8 and int4 through Vulkan and compares speed, memory, perplexity and KL divergence side by side.</source>
        <translation>A/B моделей запускає вашу власну модель GGUF в int8 та int4 через Vulkan і порівнює поруч швидкість, пам’ять, перплексію та KL-дивергенцію.</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>Ваші власні дані</translation>
    </message>
    <message>
        <source>Import your usage logs with File ▸ Import Usage Files (Ctrl+I), or try one of the sample files under File ▸ Import Sample File. Help ▸ Guided Tour shows this tour again.</source>
        <translation>Імпортуйте свої журнали використання через Файл ▸ Імпортувати файли використання (Ctrl+I) або спробуйте один із файлів-прикладів у Файл ▸ Імпортувати файл-приклад. Довідка ▸ Ознайомчий тур покаже цей тур знову.</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Ознайомчий тур</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Skip Tour</source>
        <translation>&amp;Пропустити тур</translation>
    </message>
    <message>
        <source>End the tour (Esc); Help ▸ Guided Tour shows it again</source>
        <translation>Завершити тур (Esc); Довідка ▸ Ознайомчий тур покаже його знову</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далі</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Не вдається прочитати файл: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; known formats: auto, %2.</source>
        <translation>Невідомий формат &quot;%1&quot;; відомі формати: auto, %2.</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>імпорт</translation>
    </message>
    <message>
        <source>Import stopped.</source>
        <translation>Імпорт зупинено.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Невідомий формат &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import failed</source>
        <translation>Помилка імпорту</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Імпорт уже виконується.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Імпортується %n файл…</numerusform>
            <numerusform>Імпортуються %n файли…</numerusform>
            <numerusform>Імпортується %n файлів…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Імпорт %1 (%2 з %3)…</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Результати імпорту</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 imported&lt;/b&gt;, %2 duplicates skipped, %3 rows rejected, %4 files failed.</source>
        <translation>&lt;b&gt;Імпортовано: %1&lt;/b&gt;, пропущено дублікатів: %2, відхилено рядків: %3, файлів з помилками: %4.</translation>
    </message>
    <message>
        <source>File / line</source>
        <translation>Файл / рядок</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates (%3)</source>
        <translation>імпортовано: %1, дублікатів: %2 (%3)</translation>
    </message>
    <message>
        <source>, %1 unpriced</source>
        <translation>, без ціни: %1</translation>
    </message>
    <message>
        <source>nothing imported: %1 of %2 rows rejected</source>
        <translation>нічого не імпортовано: відхилено %1 з %2 рядків</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import usage files</source>
        <translation>Імпортувати файли використання</translation>
    </message>
    <message>
        <source>Each file is recognised from its content, or read through a column mapping, and imported all or nothing; calls already in the workspace are skipped. Below: the first events as they will be stored.</source>
        <translation>Кожен файл розпізнається за вмістом або читається через зіставлення стовпців та імпортується повністю або не імпортується зовсім; виклики, які вже є в робочому просторі, пропускаються. Нижче — перші події в тому вигляді, у якому їх буде збережено.</translation>
    </message>
    <message>
        <source>&amp;Map Columns…</source>
        <translation>&amp;Зіставити стовпці…</translation>
    </message>
    <message>
        <source>Say which column of the file holds the time, model, tokens, …: for any CSV or JSON Lines file. The mapping is remembered for files named alike.</source>
        <translation>Вказати, який стовпець файлу містить час, модель, токени тощо: для будь-якого файлу CSV або JSON Lines. Зіставлення запам&apos;ятовується для файлів із подібними назвами.</translation>
    </message>
    <message>
        <source>Use the &amp;Recognised Format</source>
        <translation>Використати &amp;розпізнаний формат</translation>
    </message>
    <message>
        <source>Read this file as its content says, without the column mapping (for this import).</source>
        <translation>Читати цей файл відповідно до його вмісту, без зіставлення стовпців (для цього імпорту).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n file(s)</source>
        <translation>
            <numerusform>&amp;Імпортувати %n файл</numerusform>
            <numerusform>&amp;Імпортувати %n файли</numerusform>
            <numerusform>&amp;Імпортувати %n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>зіставлено</translation>
    </message>
    <message>
        <source>mapped (pattern %1)</source>
        <translation>зіставлено (шаблон %1)</translation>
    </message>
    <message>
        <source>&amp;Edit Mapping…</source>
        <translation>&amp;Редагувати зіставлення…</translation>
    </message>
    <message>
        <source>The column mapping does not fit this file: choose &lt;b&gt;Edit Mapping…&lt;/b&gt;.</source>
        <translation>Зіставлення стовпців не підходить для цього файлу: оберіть &lt;b&gt;Редагувати зіставлення…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>If this is a CSV or JSON Lines file of your own, choose &lt;b&gt;Map Columns…&lt;/b&gt; to say which column holds what.</source>
        <translation>Якщо це ваш власний файл CSV або JSON Lines, оберіть &lt;b&gt;Зіставити стовпці…&lt;/b&gt;, щоб указати, який стовпець що містить.</translation>
    </message>
    <message>
        <source> — not readable</source>
        <translation> — не вдається прочитати</translation>
    </message>
    <message numerus="yes">
        <source>Format: &lt;b&gt;%1&lt;/b&gt;, read through your column mapping. First %n event(s):</source>
        <translation>
            <numerusform>Формат: &lt;b&gt;%1&lt;/b&gt;, прочитано через ваше зіставлення стовпців. Перша %n подія:</numerusform>
            <numerusform>Формат: &lt;b&gt;%1&lt;/b&gt;, прочитано через ваше зіставлення стовпців. Перші %n події:</numerusform>
            <numerusform>Формат: &lt;b&gt;%1&lt;/b&gt;, прочитано через ваше зіставлення стовпців. Перші %n подій:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2). First %n event(s):</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2). Перша %n подія:</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2). Перші %n події:</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2). Перші %n подій:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Rows like these are rejected: the file would not import until they are fixed.</source>
        <translation>&lt;br&gt;Такі рядки відхиляються: файл не вдасться імпортувати, доки їх не виправлено.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
</context>
<context>
    <name>Inference</name>
    <message>
        <source>%1 tokens need as many targets (%2) and outputs (%3)</source>
        <translation>для %1 токенів потрібно стільки ж цілей (%2) і виходів (%3)</translation>
    </message>
    <message>
        <source>Target %1 is outside the vocabulary of %2</source>
        <translation>ціль %1 поза межами словника розміром %2</translation>
    </message>
    <message>
        <source>The model computed %1 at %2: its weights are finite but overflow the arithmetic, so the file is damaged or is not a trained model.</source>
        <translation>Модель обчислила %1 (%2): її ваги скінченні, але спричиняють арифметичне переповнення, тож файл пошкоджено або це не навчена модель.</translation>
    </message>
    <message>
        <source>the prompt needs 1 to %1 tokens, it has %2</source>
        <translation>промпт має містити від 1 до %1 токенів, а містить %2</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>токен %1</translation>
    </message>
    <message>
        <source>required tensor is missing</source>
        <translation>бракує обов&apos;язкового тензора</translation>
    </message>
    <message>
        <source>shape is %1, the model&apos;s metadata needs %2</source>
        <translation>форма %1, а метадані моделі вимагають %2</translation>
    </message>
    <message>
        <source>tensor type %1 is not supported (f32, f16, bf16, q4_0, q4_1, q5_0, q5_1, q8_0, q2_K, q3_K, q4_K, q5_K, q6_K, iq4_nl)</source>
        <translation>тип тензора %1 не підтримується (f32, f16, bf16, q4_0, q4_1, q5_0, q5_1, q8_0, q2_K, q3_K, q4_K, q5_K, q6_K, iq4_nl)</translation>
    </message>
    <message>
        <source>a norm weight must be f32, not %1</source>
        <translation>вага нормалізації має бути f32, а не %1</translation>
    </message>
    <message>
        <source>holds %1 at element %2: the model file is damaged (every weight must be a finite number)</source>
        <translation>містить %1 в елементі %2: файл моделі пошкоджено (кожна вага має бути скінченним числом)</translation>
    </message>
    <message>
        <source>required metadata key is missing</source>
        <translation>бракує обов&apos;язкового ключа метаданих</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 поза допустимим діапазоном</translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; is not supported (llama, qwen2, phi3, gemma2)</source>
        <translation>архітектура &quot;%1&quot; не підтримується (llama, qwen2, phi3, gemma2)</translation>
    </message>
    <message>
        <source>an embedding of %1 cannot be split into %2 heads</source>
        <translation>ембединг розміром %1 не можна поділити на %2 голів</translation>
    </message>
    <message>
        <source>%1 heads cannot be shared by %2 key/value heads</source>
        <translation>%1 голів не можна рівномірно розподілити між %2 головами ключів/значень</translation>
    </message>
    <message>
        <source>value length differs from the key length</source>
        <translation>довжина значення відрізняється від довжини ключа</translation>
    </message>
    <message>
        <source>RoPE over %1 of %2 head dimensions is not supported</source>
        <translation>RoPE для %1 з %2 розмірностей голови не підтримується</translation>
    </message>
    <message>
        <source>phi3 needs the sliding window&apos;s length</source>
        <translation>phi3 потребує довжини ковзного вікна</translation>
    </message>
    <message>
        <source>RMS epsilon and RoPE base must be positive</source>
        <translation>RMS epsilon і база RoPE мають бути додатними</translation>
    </message>
    <message>
        <source>RoPE scaling &quot;%1&quot; is unknown</source>
        <translation>невідоме масштабування RoPE &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>має бути додатним</translation>
    </message>
    <message>
        <source>YaRN RoPE scaling is not supported yet</source>
        <translation>масштабування RoPE YaRN поки не підтримується</translation>
    </message>
    <message>
        <source>the 2-D token embedding tensor is missing</source>
        <translation>бракує двовимірного тензора ембедингів токенів</translation>
    </message>
    <message>
        <source>says %1 tokens, token_embd.weight has %2</source>
        <translation>вказує %1 токенів, а token_embd.weight має %2</translation>
    </message>
    <message>
        <source>a context of %1 tokens is too small (4 or more)</source>
        <translation>контекст із %1 токенів замалий (потрібно щонайменше 4)</translation>
    </message>
    <message>
        <source>a context of %1 tokens exceeds the backend&apos;s %2</source>
        <translation>контекст із %1 токенів перевищує максимум бекенда (%2)</translation>
    </message>
    <message>
        <source>the text has %1 tokens; a context of %2 needs at least %3</source>
        <translation>текст має %1 токенів; для контексту %2 потрібно щонайменше %3</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>фрагмент %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>The perplexity overflows (a mean negative log-likelihood of %1 nats): the model gives the text a probability of 0, so the file is damaged or is not a trained model.</source>
        <translation>Перплексія переповнюється (середня від&apos;ємна логарифмічна правдоподібність %1 nats): модель приписує текстові ймовірність 0, тож файл пошкоджено або це не навчена модель.</translation>
    </message>
    <message>
        <source>the vocabularies differ (%1 and %2 tokens)</source>
        <translation>словники відрізняються (%1 і %2 токенів)</translation>
    </message>
    <message>
        <source>The KL divergence overflows: this model gives tokens the other finds likely a probability of 0, so the file is damaged or is not a trained model.</source>
        <translation>KL-дивергенція переповнюється: ця модель приписує токенам, які інша вважає ймовірними, ймовірність 0, тож файл пошкоджено або це не навчена модель.</translation>
    </message>
    <message>
        <source>cannot convert %1 to %2</source>
        <translation>не вдається перетворити %1 на %2</translation>
    </message>
    <message>
        <source>quantizing to %1 is not supported (%2)</source>
        <translation>квантування в %1 не підтримується (%2)</translation>
    </message>
    <message>
        <source>is already %1; quantize from an f32 or f16 model</source>
        <translation>уже має тип %1; квантуйте з моделі f32 або f16</translation>
    </message>
    <message>
        <source>type %1 is not supported (f32, q8_0, q4_0)</source>
        <translation>тип %1 не підтримується (f32, q8_0, q4_0)</translation>
    </message>
    <message>
        <source>the model shape is not llama-shaped with rows in blocks of 32</source>
        <translation>форма моделі не відповідає формі llama з рядками в блоках по 32</translation>
    </message>
    <message>
        <source>the vocabulary is empty</source>
        <translation>словник порожній</translation>
    </message>
    <message>
        <source>architecture %1 is not supported (llama, qwen2, phi3, gemma2)</source>
        <translation>архітектура %1 не підтримується (llama, qwen2, phi3, gemma2)</translation>
    </message>
    <message>
        <source>%1 needs %2 buffers, got %3</source>
        <translation>%1 потребує буферів: %2, отримано: %3</translation>
    </message>
    <message>
        <source>Shader %1 is not built into this program</source>
        <translation>Шейдер %1 не вбудовано в цю програму</translation>
    </message>
    <message>
        <source>Vulkan call %1 failed: %2 (%3)</source>
        <translation>Помилка виклику Vulkan %1: %2 (%3)</translation>
    </message>
    <message>
        <source>A tensor of %1 bytes exceeds the largest buffer %2 can bind (%3 bytes)</source>
        <translation>Тензор розміром %1 байт перевищує найбільший буфер, який може прив&apos;язати %2 (%3 байт)</translation>
    </message>
    <message>
        <source>The Vulkan engine needs a head size that is a multiple of 4 and whole query-head groups (head size %1, %2 heads, %3 KV heads)</source>
        <translation>Рушій Vulkan потребує розміру голови, кратного 4, і цілих груп голів запитів (розмір голови %1, голів: %2, KV-голів: %3)</translation>
    </message>
    <message>
        <source>Positions %1..%2 exceed the context of %3 tokens</source>
        <translation>Позиції %1..%2 виходять за межі контексту з %3 токенів</translation>
    </message>
    <message>
        <source>Token %1 is outside the vocabulary of %2</source>
        <translation>Токен %1 поза межами словника розміром %2</translation>
    </message>
    <message>
        <source>Logits buffer of %1 floats, %2 needed</source>
        <translation>Буфер логітів на %1 float, потрібно %2</translation>
    </message>
    <message>
        <source>No Vulkan driver is installed (%1); install the GPU&apos;s Vulkan driver or Mesa&apos;s lavapipe (mesa-vulkan-drivers), or use the CPU backend</source>
        <translation>Драйвер Vulkan не встановлено (%1); встановіть драйвер Vulkan для GPU або lavapipe з Mesa (mesa-vulkan-drivers) чи скористайтеся бекендом CPU</translation>
    </message>
    <message>
        <source>No Vulkan device found: the Vulkan loader lists none (install the GPU&apos;s Vulkan driver or Mesa&apos;s lavapipe, or use the CPU backend)</source>
        <translation>Пристрій Vulkan не знайдено: завантажувач Vulkan не бачить жодного (встановіть драйвер Vulkan для GPU або lavapipe з Mesa чи скористайтеся бекендом CPU)</translation>
    </message>
    <message>
        <source>Vulkan device %1 does not exist; devices: %2</source>
        <translation>Пристрою Vulkan %1 не існує; пристрої: %2</translation>
    </message>
    <message>
        <source>No Vulkan device named like &quot;%1&quot;; devices: %2</source>
        <translation>Немає пристрою Vulkan із назвою, схожою на &quot;%1&quot;; пристрої: %2</translation>
    </message>
    <message>
        <source>No usable Vulkan device (needs Vulkan 1.2 with subgroup arithmetic and shuffle in compute); devices: %1</source>
        <translation>Немає придатного пристрою Vulkan (потрібен Vulkan 1.2 з арифметикою та shuffle підгруп в обчислювальних шейдерах); пристрої: %1</translation>
    </message>
    <message>
        <source>Vulkan device %1 (%2) lacks what the engine needs: Vulkan 1.2, a compute queue, subgroup arithmetic and shuffle in compute shaders</source>
        <translation>Пристрою Vulkan %1 (%2) бракує того, що потрібно рушію: Vulkan 1.2, обчислювальної черги, арифметики та shuffle підгруп в обчислювальних шейдерах</translation>
    </message>
    <message>
        <source>No Vulkan memory type with flags 0x%1 on %2</source>
        <translation>Немає типу пам&apos;яті Vulkan із прапорцями 0x%1 на %2</translation>
    </message>
    <message>
        <source>Fused weights disagree in shape</source>
        <translation>Форми об&apos;єднаних ваг не збігаються</translation>
    </message>
    <message>
        <source>Rows of %1 elements cannot be %2</source>
        <translation>Рядки з %1 елементів не можуть мати тип %2</translation>
    </message>
    <message>
        <source>no tokens to evaluate</source>
        <translation>немає токенів для оцінювання</translation>
    </message>
    <message>
        <source>positions %1..%2 exceed the context of %3 tokens</source>
        <translation>позиції %1..%2 виходять за межі контексту з %3 токенів</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary of %2</source>
        <translation>ідентифікатор токена %1 поза межами словника розміром %2</translation>
    </message>
    <message>
        <source>the logits buffer holds %1 floats, %2 are needed</source>
        <translation>буфер логітів містить %1 float, а потрібно %2</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>The file is empty: there is no usage data to import.</source>
        <translation>Файл порожній: немає даних про використання для імпорту.</translation>
    </message>
    <message>
        <source>This line is binary data, not JSON.</source>
        <translation>Цей рядок містить двійкові дані, а не JSON.</translation>
    </message>
    <message>
        <source>This line is not valid JSON.</source>
        <translation>Цей рядок не є коректним JSON.</translation>
    </message>
    <message>
        <source>This line is not valid JSON (the file may be truncated).</source>
        <translation>Цей рядок не є коректним JSON (можливо, файл обрізано).</translation>
    </message>
    <message>
        <source>Import canceled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>expected an object of cache write counts.</source>
        <translation>очікувалося: об&apos;єкт із кількостями токенів запису в кеш.</translation>
    </message>
    <message>
        <source>expected an object of server tool counts.</source>
        <translation>очікувалося: об&apos;єкт із кількостями викликів серверних інструментів.</translation>
    </message>
    <message>
        <source>must be at least 1, found 0.</source>
        <translation>має бути щонайменше 1, знайдено: 0.</translation>
    </message>
    <message>
        <source>only USD amounts are supported, found &quot;%1&quot;.</source>
        <translation>підтримуються лише суми в USD, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected an amount in US cents such as &quot;123.45&quot;, found &quot;%1&quot;.</source>
        <translation>очікувалося: сума в центах США, як-от &quot;123.45&quot;, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is not an Anthropic usage report: there is no &quot;data&quot; array of time buckets.</source>
        <translation>Це не звіт про використання Anthropic: немає масиву &quot;data&quot; з часовими інтервалами.</translation>
    </message>
    <message>
        <source>This is not an Anthropic cost report: there is no &quot;data&quot; array of time buckets.</source>
        <translation>Це не звіт про витрати Anthropic: немає масиву &quot;data&quot; з часовими інтервалами.</translation>
    </message>
    <message>
        <source>expected a report page: an object with a &quot;data&quot; array.</source>
        <translation>очікувалося: сторінка звіту — об&apos;єкт із масивом &quot;data&quot;.</translation>
    </message>
    <message>
        <source>expected an array of time buckets.</source>
        <translation>очікувалося: масив часових інтервалів.</translation>
    </message>
    <message>
        <source>expected a time bucket: an object with starting_at and results.</source>
        <translation>очікувалося: часовий інтервал — об&apos;єкт із полями starting_at і results.</translation>
    </message>
    <message>
        <source>expected an array of result rows.</source>
        <translation>очікувалося: масив рядків результатів.</translation>
    </message>
    <message>
        <source>expected a result row object.</source>
        <translation>очікувалося: об&apos;єкт рядка результатів.</translation>
    </message>
    <message>
        <source>Anthropic usage report (Admin API, messages)</source>
        <translation>Звіт про використання Anthropic (Admin API, messages)</translation>
    </message>
    <message>
        <source>Anthropic cost report (Admin API)</source>
        <translation>Звіт про витрати Anthropic (Admin API)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логічне значення</translation>
    </message>
    <message>
        <source>an object or array</source>
        <translation>об&apos;єкт або масив</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>очікувалося: %1, знайдено: %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ціле число</translation>
    </message>
    <message>
        <source>must be at least %1, found %2.</source>
        <translation>має бути щонайменше %1, знайдено: %2.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>є обов&apos;язковим.</translation>
    </message>
    <message>
        <source>an ISO 8601 time or epoch number</source>
        <translation>час у форматі ISO 8601 або число epoch</translation>
    </message>
    <message>
        <source>expected &quot;ok&quot; or &quot;error&quot;, found &quot;%1&quot;.</source>
        <translation>очікувалося: &quot;ok&quot; або &quot;error&quot;, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected accepted, rework, rejected or unknown, found &quot;%1&quot;.</source>
        <translation>очікувалося: accepted, rework, rejected або unknown, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a decimal amount in USD</source>
        <translation>десяткова сума в USD</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true або false</translation>
    </message>
    <message>
        <source>This line is binary data, not a JSON object.</source>
        <translation>Цей рядок містить двійкові дані, а не об&apos;єкт JSON.</translation>
    </message>
    <message>
        <source>Each line must be one JSON object (one usage event).</source>
        <translation>Кожен рядок має бути одним об&apos;єктом JSON (однією подією використання).</translation>
    </message>
    <message>
        <source>The file is empty: there is no usage event to import.</source>
        <translation>Файл порожній: немає подій використання для імпорту.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no usage event to import.</source>
        <translation>Файл порожній: немає ні рядка заголовків, ні подій використання для імпорту.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column. Canonical CSV needs at least time and model; columns found: %2.</source>
        <translation>У рядку заголовків немає стовпця &quot;%1&quot;. Канонічний CSV потребує щонайменше time і model; знайдені стовпці: %2.</translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>Очікувалося полів: %1, як у рядку заголовків, знайдено: %2.</translation>
    </message>
    <message>
        <source>The file has a header row but no usage event.</source>
        <translation>Файл має рядок заголовків, але жодної події використання.</translation>
    </message>
    <message>
        <source>The format of this file was not recognised. Tried: JSON Lines of usage events (a JSON object per line) and CSV with a header of event fields (time, model, …).</source>
        <translation>Формат цього файлу не розпізнано. Перевірено: JSON Lines із подіями використання (один об&apos;єкт JSON на рядок) і CSV із заголовком з полів подій (time, model, …).</translation>
    </message>
    <message>
        <source>Usage events, JSON Lines (Inferometer fields)</source>
        <translation>Події використання, JSON Lines (поля Inferometer)</translation>
    </message>
    <message>
        <source>Usage events, CSV (Inferometer fields)</source>
        <translation>Події використання, CSV (поля Inferometer)</translation>
    </message>
    <message>
        <source>This is binary data, not CSV or JSON Lines.</source>
        <translation>Це двійкові дані, а не CSV чи JSON Lines.</translation>
    </message>
    <message>
        <source>expected a time like &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>очікувалося: час у вигляді &quot;%1&quot;, знайдено: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The header row has no column &quot;%1&quot; (mapped to the field %2). Columns found: %3.</source>
        <translation>У рядку заголовків немає стовпця &quot;%1&quot; (зіставленого з полем %2). Знайдені стовпці: %3.</translation>
    </message>
    <message>
        <source>Usage events through a column mapping (CSV or JSON Lines)</source>
        <translation>Події використання через зіставлення стовпців (CSV або JSON Lines)</translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the %1.</source>
        <translation>Зіставлення стовпців не вказує, який стовпець містить поле %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping: write FIELD=COLUMN, e.g. uncached_input_tokens=tokens_in.</source>
        <translation>&quot;%1&quot; не є зіставленням: пишіть FIELD=COLUMN, наприклад uncached_input_tokens=tokens_in.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in &quot;%2&quot;; the fields are: %3.</source>
        <translation>Невідоме поле &quot;%1&quot; у &quot;%2&quot;; доступні поля: %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped twice (&quot;%2&quot; and &quot;%3&quot;).</source>
        <translation>Поле &quot;%1&quot; зіставлено двічі (&quot;%2&quot; і &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The mapping needs the &quot;%1&quot; field: add %1=COLUMN.</source>
        <translation>Зіставлення потребує поля &quot;%1&quot;: додайте %1=COLUMN.</translation>
    </message>
    <message>
        <source>This line is not a JSON object: the file is not JSON Lines.</source>
        <translation>Цей рядок не є об&apos;єктом JSON: файл не у форматі JSON Lines.</translation>
    </message>
    <message>
        <source>This line is not UTF-8 text (binary data?).</source>
        <translation>Цей рядок не є текстом UTF-8 (двійкові дані?).</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed (truncated file?).</source>
        <translation>Поле в лапках, відкрите в цьому рядку, ніде не закривається (файл обрізано?).</translation>
    </message>
    <message>
        <source>This line nests more than %1 levels deep; no usage export does, so it is not read.</source>
        <translation>Вкладеність у цьому рядку перевищує %1 рівнів; такого не буває в жодному експорті використання, тож рядок не буде прочитано.</translation>
    </message>
    <message>
        <source>The JSON nests more than %1 levels deep here; no usage export does, so it is not read.</source>
        <translation>Вкладеність JSON тут перевищує %1 рівнів; такого не буває в жодному експорті використання, тож його не буде прочитано.</translation>
    </message>
    <message>
        <source>The JSON ends before it is complete (the file may be truncated).</source>
        <translation>JSON закінчується передчасно (можливо, файл обрізано).</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>Це не коректний JSON.</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found %1.</source>
        <translation>очікувалося: невід&apos;ємне ціле число, знайдено: %1.</translation>
    </message>
    <message>
        <source>expected text, found %1.</source>
        <translation>очікувалося: текст, знайдено: %1.</translation>
    </message>
    <message>
        <source>expected an amount in USD, found %1.</source>
        <translation>очікувалося: сума в USD, знайдено: %1.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time or epoch number, found %1.</source>
        <translation>очікувалося: час у форматі ISO 8601 або число epoch, знайдено: %1.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>очікувалося: true або false, знайдено: %1.</translation>
    </message>
    <message>
        <source>The format of this file was not recognised. Tried: %1. For a CSV or JSON Lines file of your own, map its columns to the event fields (Map Columns… in the import dialog, --map FIELD=COLUMN on the command line).</source>
        <translation>Формат цього файлу не розпізнано. Перевірено: %1. Для власного файлу CSV або JSON Lines зіставте його стовпці з полями подій (Зіставити стовпці… у діалозі імпорту, --map FIELD=COLUMN у командному рядку).</translation>
    </message>
    <message>
        <source>expected an object of usage counts (JSON).</source>
        <translation>очікувалося: об&apos;єкт із показниками використання (JSON).</translation>
    </message>
    <message>
        <source>expected an object of costs in USD (JSON).</source>
        <translation>очікувалося: об&apos;єкт із вартістю в USD (JSON).</translation>
    </message>
    <message>
        <source>expected a duration in seconds, found &quot;%1&quot;.</source>
        <translation>очікувалося: тривалість у секундах, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Langfuse observations export (JSON)</source>
        <translation>Експорт спостережень Langfuse (JSON)</translation>
    </message>
    <message>
        <source>This is not a Langfuse observations export: expected an array of observations with id, traceId and type.</source>
        <translation>Це не експорт спостережень Langfuse: очікувався масив спостережень з полями id, traceId і type.</translation>
    </message>
    <message>
        <source>expected an observation object.</source>
        <translation>очікувалося: об&apos;єкт спостереження.</translation>
    </message>
    <message>
        <source>Langfuse observations export (CSV)</source>
        <translation>Експорт спостережень Langfuse (CSV)</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no observation.</source>
        <translation>Файл порожній: немає ні рядка заголовків, ні спостережень.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column. A Langfuse observations export needs at least id, type and startTime; columns found: %2.</source>
        <translation>У рядку заголовків немає стовпця &quot;%1&quot;. Експорт спостережень Langfuse потребує щонайменше id, type і startTime; знайдені стовпці: %2.</translation>
    </message>
    <message>
        <source>The file has a header row but no observation.</source>
        <translation>Файл має рядок заголовків, але жодного спостереження.</translation>
    </message>
    <message>
        <source>This is not a %1 export: its first row has no &quot;%2&quot; key.</source>
        <translation>Це не експорт %1: його перший рядок не має ключа &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no usage to import.</source>
        <translation>Файл порожній: немає ні рядка заголовків, ні даних про використання для імпорту.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column, so this is not a %2 export. Columns found: %3.</source>
        <translation>У рядку заголовків немає стовпця &quot;%1&quot;, тож це не експорт %2. Знайдені стовпці: %3.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows.</source>
        <translation>Файл має рядок заголовків, але жодного рядка даних.</translation>
    </message>
    <message>
        <source>Each line must be one JSON object (one row of the table).</source>
        <translation>Кожен рядок має бути одним об&apos;єктом JSON (одним рядком таблиці).</translation>
    </message>
    <message>
        <source>The file is empty: there is no usage to import.</source>
        <translation>Файл порожній: немає даних про використання для імпорту.</translation>
    </message>
    <message>
        <source>This is not a %1 export: expected a JSON array of rows, an object with a &quot;data&quot; array of rows, or JSON Lines.</source>
        <translation>Це не експорт %1: очікувався масив рядків JSON, об&apos;єкт із масивом рядків &quot;data&quot; або JSON Lines.</translation>
    </message>
    <message>
        <source>The file holds no rows: there is no usage to import.</source>
        <translation>Файл не містить рядків: немає даних про використання для імпорту.</translation>
    </message>
    <message>
        <source>Expected a JSON object (one row of the table).</source>
        <translation>Очікувалося: об&apos;єкт JSON (один рядок таблиці).</translation>
    </message>
    <message>
        <source>This is binary data, not a %1 export (CSV or JSON).</source>
        <translation>Це двійкові дані, а не експорт %1 (CSV або JSON).</translation>
    </message>
    <message>
        <source>expected a JSON array of tags.</source>
        <translation>очікувалося: масив тегів JSON.</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>очікувалося: об&apos;єкт JSON.</translation>
    </message>
    <message>
        <source>expected True or False, found &quot;%1&quot;.</source>
        <translation>очікувалося: True або False, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected &quot;success&quot; or &quot;failure&quot;, found &quot;%1&quot;.</source>
        <translation>очікувалося: &quot;success&quot; або &quot;failure&quot;, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cached tokens cannot be part of prompt_tokens (%2): cached tokens are counted in prompt_tokens.</source>
        <translation>%1 кешованих токенів не можуть бути частиною prompt_tokens (%2): кешовані токени враховуються в prompt_tokens.</translation>
    </message>
    <message>
        <source>%1 reasoning tokens cannot be part of completion_tokens (%2).</source>
        <translation>%1 токенів міркувань не можуть бути частиною completion_tokens (%2).</translation>
    </message>
    <message>
        <source>LiteLLM SpendLogs (CSV or JSON)</source>
        <translation>LiteLLM SpendLogs (CSV або JSON)</translation>
    </message>
    <message>
        <source>LiteLLM daily spend tables (CSV or JSON)</source>
        <translation>Щоденні таблиці витрат LiteLLM (CSV або JSON)</translation>
    </message>
    <message>
        <source>A saved mapping has no &quot;fields&quot; object.</source>
        <translation>Збережене зіставлення не має об&apos;єкта &quot;fields&quot;.</translation>
    </message>
    <message>
        <source>The saved column of the field &quot;%1&quot; is not text.</source>
        <translation>Збережений стовпець поля &quot;%1&quot; не є текстом.</translation>
    </message>
    <message>
        <source>The saved delimiter &quot;%1&quot; is not one character.</source>
        <translation>Збережений роздільник &quot;%1&quot; не є одним символом.</translation>
    </message>
    <message>
        <source>This is not an OpenTelemetry trace export: the JSON object has no &quot;resourceSpans&quot;.</source>
        <translation>Це не експорт трасувань OpenTelemetry: об&apos;єкт JSON не має &quot;resourceSpans&quot;.</translation>
    </message>
    <message>
        <source>This line is not a trace request: it has no &quot;resourceSpans&quot; (metrics or logs?).</source>
        <translation>Цей рядок не є запитом трасування: у ньому немає &quot;resourceSpans&quot; (метрики чи журнали?).</translation>
    </message>
    <message>
        <source>This is not valid JSON in UTF-8.</source>
        <translation>Це не коректний JSON в UTF-8.</translation>
    </message>
    <message>
        <source>expected a %1-byte id in hex or base64, found &quot;%2&quot;.</source>
        <translation>очікувалося: %1-байтовий ідентифікатор у hex або base64, знайдено: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>expected nanoseconds since 1970 as a whole number, found &quot;%1&quot;.</source>
        <translation>очікувалося: кількість наносекунд від 1970 року як ціле число, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the span ends before it starts.</source>
        <translation>спан закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>expected 0, 1, 2 or STATUS_CODE_UNSET, STATUS_CODE_OK, STATUS_CODE_ERROR, found &quot;%1&quot;.</source>
        <translation>очікувалося: 0, 1, 2 або STATUS_CODE_UNSET, STATUS_CODE_OK, STATUS_CODE_ERROR, знайдено: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is binary data, not OpenTelemetry JSON.</source>
        <translation>Це двійкові дані, а не OpenTelemetry JSON.</translation>
    </message>
    <message>
        <source>The file is empty: there is no trace to import.</source>
        <translation>Файл порожній: немає трасування для імпорту.</translation>
    </message>
    <message>
        <source>OpenTelemetry traces, OTLP/JSON (GenAI and OpenInference spans; collector file export)</source>
        <translation>Трасування OpenTelemetry, OTLP/JSON (спани GenAI та OpenInference; файловий експорт колектора)</translation>
    </message>
    <message>
        <source>%1 tokens is beyond what one event can hold (0 to %2).</source>
        <translation>Кількість токенів %1 виходить за межі того, що може містити одна подія (від 0 до %2).</translation>
    </message>
    <message>
        <source>%1 calls is beyond what one event can hold (0 to %2).</source>
        <translation>Кількість викликів %1 виходить за межі того, що може містити одна подія (від 0 до %2).</translation>
    </message>
    <message>
        <source>A cost of more than $%1 for one event is beyond what one event can hold.</source>
        <translation>Вартість понад $%1 виходить за межі того, що може містити одна подія.</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found &quot;%1&quot;.</source>
        <translation>очікувалося невід’ємне ціле число, знайдено «%1».</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time or epoch seconds, found &quot;%1&quot;.</source>
        <translation>очікувався час у форматі ISO 8601 або секунди Unix-епохи, знайдено «%1».</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no usage data to import.</source>
        <translation>Файл порожній: немає ні рядка заголовків, ні даних про використання для імпорту.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column, which the %2 has; columns found: %3.</source>
        <translation>У рядку заголовків немає стовпця «%1», який є у форматі %2; знайдені стовпці: %3.</translation>
    </message>
    <message>
        <source>The header row has neither a &quot;start_time&quot; nor a &quot;start_time_iso&quot; column.</source>
        <translation>У рядку заголовків немає ні стовпця «start_time», ні стовпця «start_time_iso».</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Файл має рядок заголовків, але не містить рядків даних.</translation>
    </message>
    <message>
        <source>OpenAI dashboard activity export (CSV)</source>
        <translation>Експорт активності з панелі OpenAI (CSV)</translation>
    </message>
    <message>
        <source>expected TRUE or FALSE, found &quot;%1&quot;.</source>
        <translation>очікувалося TRUE або FALSE, знайдено «%1».</translation>
    </message>
    <message>
        <source>%1 uncached input tokens are more than the %2 input tokens.</source>
        <translation>Некешованих вхідних токенів (%1) більше, ніж усіх вхідних токенів (%2).</translation>
    </message>
    <message>
        <source>%1 cached input tokens are more than the %2 input tokens that include them.</source>
        <translation>Кешованих вхідних токенів (%1) більше, ніж вхідних токенів (%2), до яких вони входять.</translation>
    </message>
    <message>
        <source>%1 uncached + %2 cached input tokens do not add up to the %3 input tokens.</source>
        <translation>Сума некешованих (%1) і кешованих (%2) вхідних токенів не дорівнює кількості вхідних токенів (%3).</translation>
    </message>
    <message>
        <source>%1 audio input tokens are more than the %2 input tokens that include them.</source>
        <translation>Вхідних аудіотокенів (%1) більше, ніж вхідних токенів (%2), до яких вони входять.</translation>
    </message>
    <message>
        <source>%1 audio output tokens are more than the %2 output tokens that include them.</source>
        <translation>Вихідних аудіотокенів (%1) більше, ніж вихідних токенів (%2), до яких вони входять.</translation>
    </message>
    <message>
        <source>OpenAI dashboard cost export (CSV)</source>
        <translation>Експорт витрат з панелі OpenAI (CSV)</translation>
    </message>
    <message>
        <source>expected a decimal amount, found &quot;%1&quot;.</source>
        <translation>очікувалася десяткова сума, знайдено «%1».</translation>
    </message>
    <message>
        <source>only amounts in USD can be imported, found &quot;%1&quot;.</source>
        <translation>імпортувати можна лише суми в USD, знайдено «%1».</translation>
    </message>
    <message>
        <source>This is not a page of the %1: expected an object with a &quot;data&quot; array of buckets.</source>
        <translation>Це не сторінка %1: очікувався об’єкт із масивом «data» з інтервалів (buckets).</translation>
    </message>
    <message>
        <source>expected a bucket object.</source>
        <translation>очікувався об’єкт інтервалу (bucket).</translation>
    </message>
    <message>
        <source>expected an array of results.</source>
        <translation>очікувався масив результатів.</translation>
    </message>
    <message>
        <source>expected a result object.</source>
        <translation>очікувався об’єкт результату.</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;: this file holds other results than the %3.</source>
        <translation>очікувалося «%1», знайдено «%2»: цей файл містить інші результати, ніж %3.</translation>
    </message>
    <message>
        <source>This file is binary data, not JSON.</source>
        <translation>Цей файл містить двійкові дані, а не JSON.</translation>
    </message>
    <message>
        <source>This is not JSON: the %1 comes as a page object, an array of pages or one page per line.</source>
        <translation>Це не JSON: %1 надає дані як об’єкт сторінки, масив сторінок або одну сторінку на рядок.</translation>
    </message>
    <message>
        <source>The file holds an empty list: there are no pages to import.</source>
        <translation>Файл містить порожній список: немає сторінок для імпорту.</translation>
    </message>
    <message>
        <source>OpenAI Usage API (completions)</source>
        <translation>OpenAI Usage API (completions)</translation>
    </message>
    <message>
        <source>OpenAI Costs API</source>
        <translation>OpenAI Costs API</translation>
    </message>
    <message>
        <source>expected an object with value and currency.</source>
        <translation>очікувався об’єкт зі значенням і валютою.</translation>
    </message>
    <message>
        <source>an array or key-value list</source>
        <translation>масив або список пар ключ-значення</translation>
    </message>
    <message>
        <source>no usable value</source>
        <translation>непридатне значення</translation>
    </message>
    <message>
        <source>the total of %1 tokens is less than the %2 completion tokens it includes.</source>
        <translation>загальна кількість токенів (%1) менша за кількість токенів завершення (%2), що входять до неї.</translation>
    </message>
    <message>
        <source>%1 cache-read tokens exceed the %2 input tokens (%3) that include them.</source>
        <translation>Токенів читання з кешу (%1) більше, ніж вхідних токенів у %3 (%2), до яких вони входять.</translation>
    </message>
    <message>
        <source>%1 cache-write plus %2 cache-read tokens exceed the %3 input tokens (%4) that include them.</source>
        <translation>Токенів запису в кеш (%1) разом із токенами читання з кешу (%2) більше, ніж вхідних токенів у %4 (%3), до яких вони входять.</translation>
    </message>
    <message>
        <source>%1 reasoning tokens exceed the %2 output tokens (%3) that include them.</source>
        <translation>Токенів міркування (%1) більше, ніж вихідних токенів у %3 (%2), до яких вони входять.</translation>
    </message>
    <message>
        <source>this span states token usage but names no model (gen_ai.response.model, gen_ai.request.model or llm.model_name).</source>
        <translation>цей спан містить дані про використання токенів, але не вказує модель (gen_ai.response.model, gen_ai.request.model або llm.model_name).</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>масив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number or status name</source>
        <translation>число або назва статусу</translation>
    </message>
    <message>
        <source>nanoseconds as a decimal string</source>
        <translation>наносекунди як десятковий рядок</translation>
    </message>
</context>
<context>
    <name>Ingest::Focus</name>
    <message>
        <source>FOCUS cost and usage (CSV, FOCUS 1.0–1.2)</source>
        <translation>Витрати й використання у форматі FOCUS (CSV, FOCUS 1.0–1.2)</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row and no costs to import.</source>
        <translation>Файл порожній: немає ні рядка заголовків, ні витрат для імпорту.</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column, which every FOCUS file has.</source>
        <translation>У рядку заголовків немає стовпця «%1», який є в кожному файлі FOCUS.</translation>
    </message>
    <message>
        <source>Import canceled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>Очікувана кількість полів, як у рядку заголовків: %1; знайдено: %2.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time, found &quot;%1&quot;.</source>
        <translation>очікувалися дата й час у форматі ISO 8601, знайдено «%1».</translation>
    </message>
    <message>
        <source>expected a decimal amount, found &quot;%1&quot;.</source>
        <translation>очікувалася десяткова сума, знайдено «%1».</translation>
    </message>
    <message>
        <source>expected a whole number of tokens, found &quot;%1&quot;.</source>
        <translation>очікувалася ціла кількість токенів, знайдено «%1».</translation>
    </message>
    <message>
        <source>expected a JSON object, found &quot;%1&quot;.</source>
        <translation>очікувався об’єкт JSON, знайдено «%1».</translation>
    </message>
</context>
<context>
    <name>Ingest::JsonDocuments</name>
    <message>
        <source>The file is empty: there is no usage data to import.</source>
        <translation>Файл порожній: немає даних про використання для імпорту.</translation>
    </message>
    <message>
        <source>This file holds binary data, not JSON.</source>
        <translation>Цей файл містить двійкові дані, а не JSON.</translation>
    </message>
    <message>
        <source>This line is binary data, not JSON.</source>
        <translation>Цей рядок містить двійкові дані, а не JSON.</translation>
    </message>
    <message>
        <source>This line is not valid JSON.</source>
        <translation>Цей рядок не є коректним JSON.</translation>
    </message>
    <message>
        <source>This line is not valid JSON (the file may be truncated).</source>
        <translation>Цей рядок не є коректним JSON (можливо, файл обрізано).</translation>
    </message>
    <message>
        <source>Import canceled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>%1 line without a valid metric name.</source>
        <translation>Рядок %1 без коректної назви метрики.</translation>
    </message>
    <message>
        <source>Unknown metric type &quot;%1&quot; for %2.</source>
        <translation>Невідомий тип метрики «%1» для %2.</translation>
    </message>
    <message>
        <source>Second TYPE line for %1.</source>
        <translation>Повторний рядок TYPE для %1.</translation>
    </message>
    <message>
        <source>TYPE line for %1 after its samples.</source>
        <translation>Рядок TYPE для %1 стоїть після значень цієї метрики.</translation>
    </message>
    <message>
        <source>A sample line must start with a metric name.</source>
        <translation>Рядок зі значенням має починатися з назви метрики.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 не має значення.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: «%2» не є числом.</translation>
    </message>
    <message>
        <source>%1: the timestamp &quot;%2&quot; is not whole milliseconds.</source>
        <translation>%1: позначка часу «%2» не є цілою кількістю мілісекунд.</translation>
    </message>
    <message>
        <source>Expected a label name or &quot;}&quot; at column %1.</source>
        <translation>У позиції %1 очікувалася назва мітки або «}».</translation>
    </message>
    <message>
        <source>Expected &quot;=&quot; after label %1.</source>
        <translation>Після мітки %1 очікувався знак «=».</translation>
    </message>
    <message>
        <source>The value of label %1 must be in double quotes.</source>
        <translation>Значення мітки %1 має бути в подвійних лапках.</translation>
    </message>
    <message>
        <source>The value of label %1 is not closed.</source>
        <translation>Значення мітки %1 не має закривальних лапок.</translation>
    </message>
    <message>
        <source>Label %1 appears twice.</source>
        <translation>Мітка %1 трапляється двічі.</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;}&quot; after label %1.</source>
        <translation>Після мітки %1 очікувалося «,» або «}».</translation>
    </message>
    <message>
        <source>Binary data, not the Prometheus text format.</source>
        <translation>Двійкові дані, а не текстовий формат Prometheus.</translation>
    </message>
    <message>
        <source>HTML or XML, not the Prometheus text format (is this the /metrics path?).</source>
        <translation>HTML або XML, а не текстовий формат Prometheus (чи це шлях /metrics?).</translation>
    </message>
    <message>
        <source>Not the Prometheus text format: no line could be read (first problem: %1).</source>
        <translation>Це не текстовий формат Prometheus: не вдалося прочитати жодного рядка (перша проблема: %1).</translation>
    </message>
    <message>
        <source>Not a Prometheus API answer (%1 at byte %2).</source>
        <translation>Це не відповідь API Prometheus (%1 на байті %2).</translation>
    </message>
    <message>
        <source>Prometheus refused the query (%1): %2</source>
        <translation>Prometheus відхилив запит (%1): %2</translation>
    </message>
    <message>
        <source>Not a Prometheus API answer: no &quot;status&quot;.</source>
        <translation>Це не відповідь API Prometheus: немає «status».</translation>
    </message>
    <message>
        <source>A scalar result that is not [time, &quot;value&quot;].</source>
        <translation>Скалярний результат, що не має вигляду [time, &quot;value&quot;].</translation>
    </message>
    <message>
        <source>Unsupported result type &quot;%1&quot;.</source>
        <translation>Непідтримуваний тип результату «%1».</translation>
    </message>
    <message>
        <source>Series %1 has a value that is not [time, &quot;number&quot;].</source>
        <translation>Часовий ряд %1 має значення, що не має вигляду [time, &quot;number&quot;].</translation>
    </message>
    <message>
        <source>vLLM prompt tokens per second</source>
        <translation>vLLM: токени промпту за секунду</translation>
    </message>
    <message>
        <source>vLLM generated tokens per second</source>
        <translation>vLLM: згенеровані токени за секунду</translation>
    </message>
    <message>
        <source>vLLM requests running</source>
        <translation>vLLM: запити, що виконуються</translation>
    </message>
    <message>
        <source>vLLM requests waiting</source>
        <translation>vLLM: запити в черзі</translation>
    </message>
    <message>
        <source>vLLM KV-cache usage</source>
        <translation>vLLM: завантаження KV-кешу</translation>
    </message>
    <message>
        <source>vLLM prefix-cache hit rate</source>
        <translation>vLLM: частка влучань у префіксний кеш</translation>
    </message>
    <message>
        <source>vLLM time to first token, p95</source>
        <translation>vLLM: час до першого токена, p95</translation>
    </message>
    <message>
        <source>vLLM inter-token latency, p95</source>
        <translation>vLLM: затримка між токенами, p95</translation>
    </message>
    <message>
        <source>TGI generated tokens per second</source>
        <translation>TGI: згенеровані токени за секунду</translation>
    </message>
    <message>
        <source>TGI queue size</source>
        <translation>TGI: довжина черги</translation>
    </message>
    <message>
        <source>LiteLLM spend per hour</source>
        <translation>LiteLLM: витрати за годину</translation>
    </message>
    <message>
        <source>LiteLLM remaining team budget</source>
        <translation>LiteLLM: залишок бюджету команд</translation>
    </message>
    <message>
        <source>OpenCost GPU cost per hour</source>
        <translation>OpenCost: вартість GPU за годину</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped; first: line %1: %2</source>
        <translation>
            <numerusform>Пропущено %n некоректний рядок; перший: рядок %1: %2</numerusform>
            <numerusform>Пропущено %n некоректні рядки; перший: рядок %1: %2</numerusform>
            <numerusform>Пропущено %n некоректних рядків; перший: рядок %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>more series than the window keeps: %1 dropped</source>
        <translation>більше часових рядів, ніж вміщує вікно: відкинуто %1</translation>
    </message>
    <message>
        <source>The keychain refused to read the credentials: %1</source>
        <translation>Сховище ключів відмовилося прочитати облікові дані: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store the credentials: %1</source>
        <translation>Сховище ключів відмовилося зберегти облікові дані: %1</translation>
    </message>
</context>
<context>
    <name>Live::BoundedGet</name>
    <message>
        <source>no complete response within %1 s</source>
        <translation>немає повної відповіді протягом %1 s</translation>
    </message>
    <message>
        <source>response larger than %1</source>
        <translation>відповідь більша за %1</translation>
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
        <translation>%1 Б</translation>
    </message>
</context>
<context>
    <name>Live::ScrapeFeed</name>
    <message>
        <source>line %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
</context>
<context>
    <name>LiveAlertsWidget</name>
    <message>
        <source>all cost centers</source>
        <translation>усі центри витрат</translation>
    </message>
    <message>
        <source>%1 % of %2&apos;s budget spent</source>
        <translation>%2: витрачено %1 % бюджету</translation>
    </message>
    <message>
        <source>month end forecast over %1 % of %2&apos;s budget</source>
        <translation>%2: прогноз на кінець місяця понад %1 % бюджету</translation>
    </message>
    <message>
        <source>spend rate ≥ %1 × baseline (%2)</source>
        <translation>темп витрат ≥ %1 × базовий рівень (%2)</translation>
    </message>
    <message>
        <source>input token rate ≥ %1 × baseline (%2)</source>
        <translation>темп вхідних токенів ≥ %1 × базовий рівень (%2)</translation>
    </message>
    <message>
        <source>Alerts for cost center:</source>
        <translation>Сповіщення для центру витрат:</translation>
    </message>
    <message>
        <source>The cost center this feed spends for: its monthly budget and alert rules (Budgets page) are judged on the feed&apos;s live spend rate.</source>
        <translation>Центр витрат, на який припадають витрати цього потоку: його місячний бюджет і правила сповіщень (сторінка «Бюджети») оцінюються за поточним темпом витрат потоку.</translation>
    </message>
    <message>
        <source>Spent now = month-to-date list cost of the cost center&apos;s logged calls + live spend rate × hours since the last logged call.
Projected = spent now + live spend rate × hours left in the month (UTC).
Baseline = median hourly list cost over the hours with calls in the 30 days before the last logged call (idle hours left out).
Rules: budget_percent fires when spent now ≥ threshold × budget; forecast_breach when projected &gt; threshold × budget; spend_spike when live $/h ÷ baseline ≥ ratio; token_spike when live prompt tokens/h ÷ baseline input tokens/h ≥ ratio (3 × for all cost centers unless the workspace has its own rule, as in the exported Prometheus rules; a spend spike needs at least $1/h).</source>
        <translation>Витрачено зараз = вартість за прейскурантом зареєстрованих викликів центру витрат від початку місяця + поточний темп витрат × години від останнього зареєстрованого виклику.
Прогноз = витрачено зараз + поточний темп витрат × години до кінця місяця (UTC).
Базовий рівень = медіана погодинної вартості за прейскурантом за години з викликами протягом 30 днів до останнього зареєстрованого виклику (години простою не враховуються).
Правила: budget_percent спрацьовує, коли витрачено зараз ≥ поріг × бюджет; forecast_breach — коли прогноз &gt; поріг × бюджет; spend_spike — коли поточні $/h ÷ базовий рівень ≥ коефіцієнт; token_spike — коли поточні токени промпту/h ÷ базовий рівень вхідних токенів/h ≥ коефіцієнт (3 × для всіх центрів витрат, якщо робочий простір не має власного правила, як в експортованих правилах Prometheus; для сплеску витрат потрібно щонайменше $1/h).</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Від (UTC)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Виміряно</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Поріг</translation>
    </message>
    <message>
        <source>When the condition began to hold (it leaves the list when it clears).</source>
        <translation>Коли умова почала виконуватися (запис зникає зі списку, щойно вона перестає діяти).</translation>
    </message>
    <message>
        <source>Spent now or projected month end in USD; a ratio for spikes.</source>
        <translation>Витрачено зараз або прогноз на кінець місяця в USD; для сплесків — коефіцієнт.</translation>
    </message>
    <message>
        <source>Threshold × budget in USD; the ratio for spikes.</source>
        <translation>Поріг × бюджет в USD; для сплесків — коефіцієнт.</translation>
    </message>
    <message>
        <source>Open a workspace with budgets to judge the feed against them.</source>
        <translation>Відкрийте робочий простір із бюджетами, щоб оцінювати потік відносно них.</translation>
    </message>
    <message>
        <source>Budgets could not be read: %1</source>
        <translation>Не вдалося прочитати бюджети: %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>бюджет %1</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>без бюджету</translation>
    </message>
    <message>
        <source>logged this month %1</source>
        <translation>зареєстровано цього місяця %1</translation>
    </message>
    <message>
        <source>spent now ≈ %1</source>
        <translation>витрачено зараз ≈ %1</translation>
    </message>
    <message>
        <source>projected %1</source>
        <translation>прогноз %1</translation>
    </message>
    <message>
        <source>no live spend rate (a LiteLLM gateway feed has one)</source>
        <translation>немає поточного темпу витрат (його надає потік шлюзу LiteLLM)</translation>
    </message>
    <message>
        <source>baseline %1/h</source>
        <translation>базовий рівень %1/h</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n правило</numerusform>
            <numerusform>%n правила</numerusform>
            <numerusform>%n правил</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n alert(s)&lt;/b&gt;: </source>
        <translation>
            <numerusform>&lt;b&gt;%n сповіщення&lt;/b&gt;: </numerusform>
            <numerusform>&lt;b&gt;%n сповіщення&lt;/b&gt;: </numerusform>
            <numerusform>&lt;b&gt;%n сповіщень&lt;/b&gt;: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCredentialsWidget</name>
    <message>
        <source>No authentication</source>
        <translation>Без автентифікації</translation>
    </message>
    <message>
        <source>Basic auth</source>
        <translation>Базова автентифікація (Basic)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-токен</translation>
    </message>
    <message>
        <source>How the feed (or the Prometheus server) wants to be asked. The password or token is kept in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager), never in the settings file.</source>
        <translation>Як потік (або сервер Prometheus) очікує автентифікації. Пароль або токен зберігається в сховищі ключів ОС (Secret Service, «Зв’язка ключів» macOS, Диспетчер облікових даних Windows) і ніколи — у файлі налаштувань.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>користувач</translation>
    </message>
    <message>
        <source>Basic auth user name; sent as Authorization: Basic base64(user:password).</source>
        <translation>Ім’я користувача для базової автентифікації; надсилається як Authorization: Basic base64(user:password).</translation>
    </message>
    <message>
        <source>The password (basic auth) or the token (sent as Authorization: Bearer &lt;token&gt;). Stored in the OS keychain when you connect; never written to the settings file.</source>
        <translation>Пароль (базова автентифікація) або токен (надсилається як Authorization: Bearer &lt;token&gt;). Зберігається в сховищі ключів ОС під час підключення; ніколи не записується у файл налаштувань.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>токен</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>No OS keychain available: credentials are used for this session only and saved nowhere.</source>
        <translation>Сховище ключів ОС недоступне: облікові дані використовуються лише в цьому сеансі й ніде не зберігаються.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Повідомлення сховища ключів: %1</translation>
    </message>
    <message>
        <source>Kept in the OS keychain.</source>
        <translation>Зберігається в сховищі ключів ОС.</translation>
    </message>
    <message>
        <source>Saved to the OS keychain on Connect.</source>
        <translation>Зберігається в сховищі ключів ОС під час підключення.</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Live</source>
        <translation>Наживо</translation>
    </message>
    <message>
        <source>http://gpu-node:8000/metrics</source>
        <translation>http://gpu-node:8000/metrics</translation>
    </message>
    <message>
        <source>A Prometheus /metrics endpoint: vLLM, TGI, a LiteLLM proxy or OpenCost.</source>
        <translation>Кінцева точка Prometheus /metrics: vLLM, TGI, проксі LiteLLM або OpenCost.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds between scrapes.</source>
        <translation>Секунди між збираннями.</translation>
    </message>
    <message>
        <source>How long a scrape or query may take from its start to its last byte: a server that never answers, or answers a byte at a time, is given up after this (answers over 50 MB are refused at once).</source>
        <translation>Скільки може тривати збирання або запит від початку до останнього байта: якщо сервер не відповідає взагалі або відповідає по одному байту, очікування після цього часу припиняється (відповіді понад 50 MB відхиляються одразу).</translation>
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
        <translation>Скільки коштує розгортання за годину (оренда GPU або TCO: амортизація, електроенергія, хостинг, експлуатація). За $0 сторінка використовує node_gpu_hourly_cost з OpenCost, якщо потік надає цю метрику.</translation>
    </message>
    <message>
        <source>The API model whose price the self-hosted cost is compared with.</source>
        <translation>Модель API, з ціною якої порівнюється вартість власного хостингу.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Підключитися</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Призупинити</translation>
    </message>
    <message>
        <source>Freeze the chart (scraping goes on); zoom with the mouse wheel or by dragging a box.</source>
        <translation>Заморозити графік (збирання триває); масштабувати коліщатком миші або виділенням області.</translation>
    </message>
    <message>
        <source>/metrics endpoint</source>
        <translation>Кінцева точка /metrics</translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation>Сервер Prometheus</translation>
    </message>
    <message>
        <source>A server&apos;s own /metrics (scraped here), or a Prometheus server that already scrapes it (asked through its HTTP API with PromQL presets for vLLM, LiteLLM and OpenCost).</source>
        <translation>Власна кінцева точка /metrics сервера (збирання виконується тут) або сервер Prometheus, який уже її збирає (запити через його HTTP API з готовими PromQL-запитами для vLLM, LiteLLM та OpenCost).</translation>
    </message>
    <message>
        <source>every</source>
        <translation>кожні</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <source>Deployment cost:</source>
        <translation>Вартість розгортання:</translation>
    </message>
    <message>
        <source>compare with:</source>
        <translation>порівняти з:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записувати</translation>
    </message>
    <message>
        <source>Write every scrape into the open workspace as time series, to compare this session with the usage logs later.</source>
        <translation>Записувати кожне збирання у відкритий робочий простір як часові ряди, щоб пізніше порівняти цей сеанс із журналами використання.</translation>
    </message>
    <message>
        <source>Not connected. Enter the /metrics URL of a vLLM, TGI, LiteLLM or OpenCost server.</source>
        <translation>Не підключено. Введіть URL /metrics сервера vLLM, TGI, LiteLLM або OpenCost.</translation>
    </message>
    <message>
        <source>PromQL</source>
        <translation>PromQL</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>Записані сеанси</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Токени/s</translation>
    </message>
    <message>
        <source>Prompt + generated tokens per second over the last minute, from the counters&apos; increase (restarts counted from zero).</source>
        <translation>Токени промпту + згенеровані токени за секунду за останню хвилину, за приростом лічильників (після перезапуску відлік від нуля).</translation>
    </message>
    <message>
        <source>$ per 1M tokens now</source>
        <translation>$ за 1 млн токенів зараз</translation>
    </message>
    <message>
        <source>Deployment $/hour ÷ (tokens/s × 3600) × 1,000,000: what a million tokens costs at the current utilisation. Beside it: the API model&apos;s price for the same prompt : generation mix.</source>
        <translation>Розгортання $/годину ÷ (токени/s × 3600) × 1 000 000: скільки коштує мільйон токенів за поточного завантаження. Поруч: ціна моделі API для такого самого співвідношення промпту й генерації.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запити</translation>
    </message>
    <message>
        <source>Requests running now; waiting in the queue below.</source>
        <translation>Запити, що виконуються зараз; нижче — ті, що чекають у черзі.</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-кеш</translation>
    </message>
    <message>
        <source>Share of the KV cache in use; below: prefix-cache hit rate (hits ÷ queries over the last 5 minutes).</source>
        <translation>Частка зайнятого KV-кешу; нижче — частка влучань у префіксний кеш (влучання ÷ запити за останні 5 хвилин).</translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation>Час до першого токена p95</translation>
    </message>
    <message>
        <source>95th percentile of the time to first token over the last minute, interpolated inside the histogram&apos;s buckets (as PromQL&apos;s histogram_quantile); below: the inter-token latency p95.</source>
        <translation>95-й процентиль часу до першого токена за останню хвилину, інтерпольований у межах кошиків гістограми (як histogram_quantile у PromQL); нижче — затримка між токенами p95.</translation>
    </message>
    <message>
        <source>Gateway spend</source>
        <translation>Витрати шлюзу</translation>
    </message>
    <message>
        <source>A LiteLLM proxy&apos;s spend per hour over the last minute; below: the budget remaining over its teams.</source>
        <translation>Витрати проксі LiteLLM за годину протягом останньої хвилини; нижче — залишок бюджету його команд.</translation>
    </message>
    <message>
        <source>Tokens per second and $ per 1M tokens (last 15 minutes)</source>
        <translation>Токени за секунду та $ за 1 млн токенів (останні 15 хвилин)</translation>
    </message>
    <message>
        <source>prompt tokens/s</source>
        <translation>токени промпту/s</translation>
    </message>
    <message>
        <source>generated tokens/s</source>
        <translation>згенеровані токени/s</translation>
    </message>
    <message>
        <source>$ per 1M tokens</source>
        <translation>$ за 1 млн токенів</translation>
    </message>
    <message>
        <source>gateway spend $/h</source>
        <translation>витрати шлюзу $/h</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>токени/s</translation>
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
        <translation>Запис зупинено: %1</translation>
    </message>
    <message>
        <source>Recording (%L1 points)</source>
        <translation>Запис (точок: %L1)</translation>
    </message>
    <message>
        <source>Open a workspace to record into.</source>
        <translation>Відкрийте робочий простір, у який вестиметься запис.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>«%1» не є URL-адресою http(s).</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Відключитися</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запит до %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Підключення до %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Відключено.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Up&lt;/b&gt; · %1 (%2) · last scrape %3 UTC in %4 ms · %5 samples</source>
        <translation>&lt;b&gt;Доступно&lt;/b&gt; · %1 (%2) · останнє збирання о %3 UTC за %4 ms · значень: %5</translation>
    </message>
    <message>
        <source>%1 of %2 scrapes failed</source>
        <translation>невдалих збирань: %1 із %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Down&lt;/b&gt; since %1 UTC · %2 · last scrape failed: %3 at %4 UTC · %5 of %6 scrapes failed · retrying every %7 s</source>
        <translation>&lt;b&gt;Недоступно&lt;/b&gt; з %1 UTC · %2 · останнє збирання не вдалося: %3 о %4 UTC · невдалих збирань: %5 із %6 · повторна спроба кожні %7 s</translation>
    </message>
    <message>
        <source>%1 prompt · %2 generated</source>
        <translation>промпт %1 · згенеровано %2</translation>
    </message>
    <message>
        <source>%1 on %2 (same mix)</source>
        <translation>%1 на %2 (таке саме співвідношення)</translation>
    </message>
    <message>
        <source>enter the deployment&apos;s $/hour</source>
        <translation>введіть вартість розгортання в $/годину</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>у черзі: %1</translation>
    </message>
    <message>
        <source>prefix hits %1</source>
        <translation>влучання в префікс %1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>inter-token p95 %1</source>
        <translation>між токенами p95 %1</translation>
    </message>
    <message>
        <source>%1 budget left</source>
        <translation>залишок бюджету %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Down&lt;/b&gt; since %1 UTC · %2 · last query failed: %3 at %4 UTC · %5 of %6 rounds of queries failed · retrying every %7 s</source>
        <translation>&lt;b&gt;Недоступно&lt;/b&gt; з %1 UTC · %2 · останній запит не вдався: %3 о %4 UTC · невдалих раундів запитів: %5 із %6 · повторна спроба кожні %7 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Up&lt;/b&gt; · Prometheus server %1 (%2 metrics found) · last answer %3 UTC</source>
        <translation>&lt;b&gt;Доступно&lt;/b&gt; · сервер Prometheus %1 (знайдено метрик: %2) · остання відповідь о %3 UTC</translation>
    </message>
    <message>
        <source>Metrics endpoint URL</source>
        <translation>URL кінцевої точки метрик</translation>
    </message>
    <message>
        <source>Scrape interval</source>
        <translation>Інтервал збирання</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>Deployment cost per hour</source>
        <translation>Вартість розгортання за годину</translation>
    </message>
    <message>
        <source>API model to compare with</source>
        <translation>API-модель для порівняння</translation>
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
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Spend, KPIs and trends for a period</source>
        <translation>Витрати, KPI та тренди за період</translation>
    </message>
    <message>
        <source>Cost centers</source>
        <translation>Центри витрат</translation>
    </message>
    <message>
        <source>Spend and KPIs per cost center, team, owner, key and model, against the previous period</source>
        <translation>Витрати й KPI за центрами витрат, командами, власниками, ключами та моделями порівняно з попереднім періодом</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Аномалії</translation>
    </message>
    <message>
        <source>Spend spikes, shadow spend, agent loops, retry storms, context bloat</source>
        <translation>Сплески витрат, тіньові витрати, цикли агентів, шквали повторних спроб, роздування контексту</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ціни</translation>
    </message>
    <message>
        <source>Built-in and workspace prices per model</source>
        <translation>Вбудовані ціни та ціни робочого простору для кожної моделі</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Rules that give calls a cost center, team and owner</source>
        <translation>Правила, що призначають викликам центр витрат, команду та власника</translation>
    </message>
    <message>
        <source>Billing check</source>
        <translation>Перевірка рахунків</translation>
    </message>
    <message>
        <source>Reported cost against list cost, per model and day</source>
        <translation>Звітна вартість порівняно з вартістю за прейскурантом, за моделями й днями</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Бюджети</translation>
    </message>
    <message>
        <source>Monthly budgets per cost center: forecast, alerts, circuit breaker, Prometheus rules</source>
        <translation>Місячні бюджети за центрами витрат: прогноз, сповіщення, запобіжник, правила Prometheus</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Зрілість</translation>
    </message>
    <message>
        <source>AI FinOps maturity level, its criteria and the next steps</source>
        <translation>Рівень зрілості AI FinOps, його критерії та наступні кроки</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Наживо</translation>
    </message>
    <message>
        <source>Prometheus feeds of self-hosted servers and gateways: tokens/s, $ per 1M tokens now</source>
        <translation>Потоки Prometheus із власних серверів і шлюзів: токени/s, $ за 1 млн токенів зараз</translation>
    </message>
    <message>
        <source>Prompt editor</source>
        <translation>Редактор промптів</translation>
    </message>
    <message>
        <source>Live token counts for several tokenizers, cost per call and month, caching, findings, rewrites with a diff, saved prompts</source>
        <translation>Підрахунок токенів наживо для кількох токенізаторів, вартість виклику й місяця, кешування, зауваження, переписування з порівнянням (diff), збережені промпти</translation>
    </message>
    <message>
        <source>Model A/B</source>
        <translation>A/B моделей</translation>
    </message>
    <message>
        <source>Your GGUF model in Q8_0 against Q4_0 on your GPU: tokens/s, perplexity, KL divergence, $ per 1M tokens, saved runs</source>
        <translation>Ваша модель GGUF у Q8_0 проти Q4_0 на вашій GPU: токени/s, перплексія, KL-дивергенція, $ за 1 млн токенів, збережені запуски</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Планувальник</translation>
    </message>
    <message>
        <source>What caching, routing or self-hosting would save on your own traffic: scenarios, break-even, sensitivity</source>
        <translation>Скільки заощадили б кешування, маршрутизація чи власний хостинг на вашому трафіку: сценарії, точка беззбитковості, чутливість</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 (read-only) — Inferometer</source>
        <translation>%1 (лише читання) — Inferometer</translation>
    </message>
    <message>
        <source>%1 — Inferometer</source>
        <translation>%1 — Inferometer</translation>
    </message>
    <message>
        <source>Read-only: %1. Everything can be viewed and exported; importing, re-pricing and editing rules, budgets or scenarios need a copy you can write (File ▸ Open).</source>
        <translation>Лише читання: %1. Усе можна переглядати й експортувати; для імпорту, перерахунку цін і редагування правил, бюджетів чи сценаріїв потрібна копія з правом запису (Файл ▸ Відкрити).</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демонстраційний робочий простір</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Не вдається відкрити робочий простір</translation>
    </message>
    <message>
        <source>Export Page as PDF</source>
        <translation>Експортувати сторінку в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Комбінація клавіш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Every page is also reachable with Tab and the arrow keys; right-click (or the Menu key) on a chart or table to export it.</source>
        <translation>Кожна сторінка доступна також клавішею Tab і клавішами зі стрілками; щоб експортувати графік або таблицю, клацніть на ньому чи на ній правою кнопкою миші (або натисніть клавішу меню).</translation>
    </message>
    <message>
        <source>no workspace</source>
        <translation>немає робочого простору</translation>
    </message>
    <message>
        <source>Workspace %1 · %2</source>
        <translation>Робочий простір %1 · %2</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Робочий простір %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Створити робочий простір…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Відкрити робочий простір…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;нещодавні</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Відкрити &amp;демонстраційний робочий простір</translation>
    </message>
    <message>
        <source>&amp;Import Usage Files…</source>
        <translation>&amp;Імпортувати файли використання…</translation>
    </message>
    <message>
        <source>Import usage logs: provider exports, traces, canonical JSONL or CSV, or any CSV or JSON Lines through a column mapping (or drop files on the window)</source>
        <translation>Імпортувати журнали використання: експорти постачальників, трасування, канонічний JSONL або CSV чи будь-які файли CSV або JSON Lines через зіставлення стовпців (або перетягніть файли у вікно)</translation>
    </message>
    <message>
        <source>Import &amp;Sample File</source>
        <translation>Імпортувати файл-&amp;приклад</translation>
    </message>
    <message>
        <source>%1: what this format looks like, previewed before it is imported</source>
        <translation>%1: як виглядає цей формат, із попереднім переглядом перед імпортом</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>&amp;FOCUS 1.2 CSV…</source>
        <translation>&amp;FOCUS 1.2 CSV…</translation>
    </message>
    <message>
        <source>The window&apos;s period as FOCUS 1.2, the FinOps Foundation&apos;s cost-and-usage format that cost platforms import: one row per day, provider, model, token kind, price tier and owner</source>
        <translation>Період вікна у форматі FOCUS 1.2 — форматі витрат і використання від FinOps Foundation, який імпортують платформи керування витратами: один рядок на кожне поєднання дня, постачальника, моделі, типу токенів, цінової категорії та власника</translation>
    </message>
    <message>
        <source>&amp;Chargeback Statements…</source>
        <translation>&amp;Звіти про внутрішнє відшкодування витрат…</translation>
    </message>
    <message>
        <source>A month&apos;s statement per cost center, with a share of the spend nobody owns, as CSV and one PDF per cost center</source>
        <translation>Місячний звіт для кожного центру витрат із часткою витрат, що не мають власника, у форматі CSV і окремий PDF для кожного центру витрат</translation>
    </message>
    <message>
        <source>Export Page as &amp;PDF…</source>
        <translation>Експортувати сторінку в &amp;PDF…</translation>
    </message>
    <message>
        <source>The page in front as a one-page PDF, headed by its name, the workspace and the period</source>
        <translation>Поточна сторінка як односторінковий PDF із заголовком: назва сторінки, робочий простір і період</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;About Inferometer</source>
        <translation>&amp;Про Inferometer</translation>
    </message>
    <message>
        <source>About Inferometer</source>
        <translation>Про Inferometer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inferometer %1&lt;/b&gt;&lt;p&gt;A workbench for the economics of LLM deployments: spend by cost center, cost per task and per successful outcome, rework and token waste.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Inferometer %1&lt;/b&gt;&lt;p&gt;Робочий інструмент для аналізу економіки розгортань LLM: витрати за центрами витрат, вартість завдання та успішного результату, переробки й марнування токенів.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Відкриття %1…</translation>
    </message>
    <message>
        <source>Generating the demo workspace: 90 days of a mid-size company…</source>
        <translation>Створення демонстраційного робочого простору: 90 днів середньої компанії…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новий робочий простір</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 уже існує; натомість відкрийте його.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Відкрити робочий простір</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Спершу відкрийте або створіть робочий простір.</translation>
    </message>
    <message>
        <source>This workspace is open read-only (%1): importing needs write access.</source>
        <translation>Цей робочий простір відкрито лише для читання (%1): для імпорту потрібен доступ на запис.</translation>
    </message>
    <message>
        <source>Import usage files</source>
        <translation>Імпортувати файли використання</translation>
    </message>
    <message>
        <source>Usage logs (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation>Журнали використання (*.jsonl *.json *.csv *.ndjson);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Guided Tour</source>
        <translation>Ознайомчий &amp;тур</translation>
    </message>
    <message>
        <source>A short walk over the demo workspace&apos;s pages</source>
        <translation>Коротка прогулянка сторінками демонстраційного робочого простору</translation>
    </message>
</context>
<context>
    <name>Maturity</name>
    <message>
        <source>Canceled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>Oldest to latest window: %1</source>
        <translation>Від найстарішого до найновішого вікна: %1</translation>
    </message>
    <message>
        <source>Not covered: %1, %2 in the window</source>
        <translation>Не охоплено: %1, %2 у вікні</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(без атрибуції)</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n day(s) of data</source>
        <translation>
            <numerusform>за останній %n день даних</numerusform>
            <numerusform>за останні %n дні даних</numerusform>
            <numerusform>за останні %n днів даних</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend attributed to a cost center</source>
        <translation>Витрати, віднесені до центру витрат</translation>
    </message>
    <message>
        <source>Share of list cost whose calls name a cost center (from the source or an attribution rule), %1.</source>
        <translation>Частка вартості за прейскурантом, що припадає на виклики із зазначеним центром витрат (із джерела або за правилом атрибуції), %1.</translation>
    </message>
    <message>
        <source>Unattributed key %1: %2</source>
        <translation>Ключ без атрибуції %1: %2</translation>
    </message>
    <message>
        <source>Spend with an owner</source>
        <translation>Витрати з власником</translation>
    </message>
    <message>
        <source>Share of list cost whose calls name a budget owner, %1.</source>
        <translation>Частка вартості за прейскурантом, що припадає на виклики із зазначеним власником бюджету, %1.</translation>
    </message>
    <message>
        <source>API keys with an owner</source>
        <translation>API-ключі з власником</translation>
    </message>
    <message>
        <source>Share of the API keys used %1 whose every call names an owner.</source>
        <translation>Частка API-ключів, використаних %1, у яких кожен виклик вказує власника.</translation>
    </message>
    <message>
        <source>Without an owner: %1</source>
        <translation>Без власника: %1</translation>
    </message>
    <message>
        <source>Calls with a known price</source>
        <translation>Виклики з відомою ціною</translation>
    </message>
    <message>
        <source>Share of calls whose model has a price in the catalog (unpriced calls are invisible spend), %1.</source>
        <translation>Частка викликів, модель яких має ціну в каталозі (виклики без ціни — це невидимі витрати), %1.</translation>
    </message>
    <message>
        <source>Calls with a task id</source>
        <translation>Виклики з ідентифікатором завдання</translation>
    </message>
    <message>
        <source>Share of calls that carry a task id, so that cost per task can be computed, %1.</source>
        <translation>Частка викликів з ідентифікатором завдання, що дає змогу обчислити вартість завдання, %1.</translation>
    </message>
    <message>
        <source>Tasks with an outcome</source>
        <translation>Завдання з результатом</translation>
    </message>
    <message>
        <source>Share of tasks whose calls state an outcome (accepted, rework or rejected), so that CPSO can be computed, %1.</source>
        <translation>Частка завдань, виклики яких вказують результат (прийнято, переробка або відхилено), що дає змогу обчислити CPSO, %1.</translation>
    </message>
    <message>
        <source>Cache hit rate on cacheable prompts</source>
        <translation>Частка влучань у кеш для промптів, придатних до кешування</translation>
    </message>
    <message>
        <source>Cache reads / input tokens of calls whose prompt reaches the model&apos;s minimum cacheable size (price catalog; 1,024 tokens where it states none) on models whose cache reads are cheaper than input, %1.</source>
        <translation>Читання з кешу / вхідні токени викликів, промпт яких досягає мінімального розміру для кешування в моделі (каталог цін; 1024 токени, якщо його не вказано), на моделях, у яких читання з кешу дешевше за вхідні токени, %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 cacheable input tokens</source>
        <translation>%1: %2 із %3 вхідних токенів, придатних до кешування</translation>
    </message>
    <message>
        <source>%1: %2 of %3 calls on small models</source>
        <translation>%1: %2 із %3 викликів на малих моделях</translation>
    </message>
    <message>
        <source>Routine work on small models</source>
        <translation>Рутинна робота на малих моделях</translation>
    </message>
    <message>
        <source>Share of the calls of routine workflows (projects, or keys without one, averaging ≤ %1 output + reasoning tokens per call) that go to small models (input list price ≤ %2 per 1M tokens), %3.</source>
        <translation>Частка викликів рутинних робочих процесів (проєктів або ключів без проєкту, у середньому ≤ %1 вихідних токенів і токенів міркування на виклик), що надходять до малих моделей (прейскурантна ціна вхідних токенів ≤ %2 за 1 млн токенів), %3.</translation>
    </message>
    <message>
        <source>Rework rate low or falling</source>
        <translation>Частка переробок низька або знижується</translation>
    </message>
    <message numerus="yes">
        <source>Rework rate (cost of attempts after the first / cost of task calls) in the last %n day(s), at most 10% or lower than in the window before.</source>
        <translation>
            <numerusform>Частка переробок (вартість спроб після першої / вартість викликів завдань) за останній %n день: не більше 10% або нижча, ніж у попередньому вікні.</numerusform>
            <numerusform>Частка переробок (вартість спроб після першої / вартість викликів завдань) за останні %n дні: не більше 10% або нижча, ніж у попередньому вікні.</numerusform>
            <numerusform>Частка переробок (вартість спроб після першої / вартість викликів завдань) за останні %n днів: не більше 10% або нижча, ніж у попередньому вікні.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window before: %1</source>
        <translation>Попереднє вікно: %1</translation>
    </message>
    <message>
        <source>Spend under a budget</source>
        <translation>Витрати, охоплені бюджетом</translation>
    </message>
    <message>
        <source>Share of list cost, %1, in cost centers that have a monthly budget.</source>
        <translation>Частка вартості за прейскурантом, %1, у центрах витрат, що мають місячний бюджет.</translation>
    </message>
    <message>
        <source>This workspace has no budgets.</source>
        <translation>У цьому робочому просторі немає бюджетів.</translation>
    </message>
    <message>
        <source>Spend under an alert rule</source>
        <translation>Витрати, охоплені правилами сповіщень</translation>
    </message>
    <message>
        <source>Share of list cost, %1, in cost centers covered by an enabled alert rule (workspace-wide or scoped to the cost center).</source>
        <translation>Частка вартості за прейскурантом, %1, у центрах витрат, охоплених увімкненим правилом сповіщень (для всього робочого простору або лише для цього центру витрат).</translation>
    </message>
    <message>
        <source>This workspace has no alert rules.</source>
        <translation>У цьому робочому просторі немає правил сповіщень.</translation>
    </message>
    <message>
        <source>Cascades visible in the calls</source>
        <translation>Каскади, помітні у викликах</translation>
    </message>
    <message>
        <source>Share of tasks, %1, in which a call on a small model is followed by a call on a pricier model (a cascade escalating from a small model).</source>
        <translation>Частка завдань, %1, у яких за викликом малої моделі йде виклик дорожчої моделі (каскад, що ескалює від малої моделі).</translation>
    </message>
    <message>
        <source>No runaway tasks</source>
        <translation>Немає неконтрольованих завдань</translation>
    </message>
    <message>
        <source>Most calls made by one task %1; a circuit breaker keeps every task at or below %2 calls.</source>
        <translation>Найбільша кількість викликів одного завдання %1; запобіжник не дає жодному завданню перевищити %2 викликів.</translation>
    </message>
    <message>
        <source>Largest task: %1, %2 calls, %3</source>
        <translation>Найбільше завдання: %1, викликів: %2, %3</translation>
    </message>
    <message>
        <source>Budgets held</source>
        <translation>Бюджети дотримано</translation>
    </message>
    <message>
        <source>Share of budgeted cost centers whose spend, per month (%1 × 30 / days), stayed within their monthly budget.</source>
        <translation>Частка центрів витрат із бюджетом, чиї витрати за місяць (%1 × 30 / дні) не перевищили місячного бюджету.</translation>
    </message>
    <message>
        <source>%1: %2/month against a budget of %3</source>
        <translation>%1: %2/місяць за бюджету %3</translation>
    </message>
    <message>
        <source>Rework falling for three months</source>
        <translation>Переробки знижуються три місяці поспіль</translation>
    </message>
    <message numerus="yes">
        <source>Rework rate lower in each of the last three %n-day windows than in the one before; measured: change from the oldest to the latest.</source>
        <translation>
            <numerusform>Частка переробок у кожному з трьох останніх %n-денних вікон нижча, ніж у попередньому; виміряно: зміна від найстарішого до найновішого.</numerusform>
            <numerusform>Частка переробок у кожному з трьох останніх %n-денних вікон нижча, ніж у попередньому; виміряно: зміна від найстарішого до найновішого.</numerusform>
            <numerusform>Частка переробок у кожному з трьох останніх %n-денних вікон нижча, ніж у попередньому; виміряно: зміна від найстарішого до найновішого.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>CPSO falling for three months</source>
        <translation>CPSO знижується три місяці поспіль</translation>
    </message>
    <message numerus="yes">
        <source>Cost per successful outcome lower in each of the last three %n-day windows than in the one before; measured: change from the oldest to the latest.</source>
        <translation>
            <numerusform>Вартість успішного результату в кожному з трьох останніх %n-денних вікон нижча, ніж у попередньому; виміряно: зміна від найстарішого до найновішого.</numerusform>
            <numerusform>Вартість успішного результату в кожному з трьох останніх %n-денних вікон нижча, ніж у попередньому; виміряно: зміна від найстарішого до найновішого.</numerusform>
            <numerusform>Вартість успішного результату в кожному з трьох останніх %n-денних вікон нижча, ніж у попередньому; виміряно: зміна від найстарішого до найновішого.</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>Chaos</source>
        <translation>Хаос</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Прозорість</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>Оптимізація</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Автоматизація</translation>
    </message>
    <message>
        <source>Autonomous governance</source>
        <translation>Автономне управління</translation>
    </message>
    <message>
        <source>Separate keys per department, no visibility into spend: shadow AI spend is the norm.</source>
        <translation>Окремі ключі для кожного відділу, жодної прозорості витрат: тіньові витрати на ШІ — норма.</translation>
    </message>
    <message>
        <source>Spend is monitored and attributed, but anomalies are handled by hand and waste is only seen.</source>
        <translation>Витрати відстежуються й атрибутуються, але аномалії обробляються вручну, а марнування лише фіксується.</translation>
    </message>
    <message>
        <source>Context caching is active, small models handle routine work, rework is declining.</source>
        <translation>Кешування контексту ввімкнено, малі моделі виконують рутинну роботу, переробок стає менше.</translation>
    </message>
    <message>
        <source>Budgets, alerts, cascades and circuit breakers distribute and guard the workload automatically.</source>
        <translation>Бюджети, сповіщення, каскади та запобіжники автоматично розподіляють і захищають навантаження.</translation>
    </message>
    <message>
        <source>The system keeps its own budgets and drives rework and cost per successful outcome down.</source>
        <translation>Система сама дотримується бюджетів і знижує переробки та вартість успішного результату.</translation>
    </message>
    <message>
        <source>≤ or falling</source>
        <translation>≤ або знижується</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>знижується</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise prompt caching in %1 from a %2% hit rate to %3%</source>
        <translation>Підвищити частку влучань кешування промптів у %1 з %2% до %3%</translation>
    </message>
    <message>
        <source>Turn on prompt caching for %1 (a %2% hit rate)</source>
        <translation>Увімкнути кешування промптів для %1 (частка влучань %2%)</translation>
    </message>
    <message>
        <source>%1: %2 input tokens a month in prompts long enough to cache (%3), the extra cache reads billed at the cache-read rate (cache writes not counted).</source>
        <translation>%1: %2 вхідних токенів на місяць у промптах, достатньо довгих для кешування (%3); додаткові читання з кешу оплачуються за тарифом читання з кешу (записи в кеш не враховано).</translation>
    </message>
    <message>
        <source>Try a small model for the routine calls of %1 (%2): %3 calls a month on %4, none on a small model yet.</source>
        <translation>Спробувати малу модель для рутинних викликів %1 (%2): викликів на місяць на %4 — %3, на малій моделі поки жодного.</translation>
    </message>
    <message>
        <source>Move the routine calls of %1 (%2) from %3 to %4: %5 calls a month costing %6 would cost %7.</source>
        <translation>Перенести рутинні виклики %1 (%2) з %3 на %4: виклики (%5 на місяць), що коштують %6, коштуватимуть %7.</translation>
    </message>
    <message numerus="yes">
        <source>Attribute the %n unclaimed API key(s) (%1) to cost centers with attribution rules: %2 a month of shadow spend becomes visible.</source>
        <translation>
            <numerusform>Віднести %n нічийний API-ключ (%1) до центрів витрат за допомогою правил атрибуції: стане видно %2 тіньових витрат на місяць.</numerusform>
            <numerusform>Віднести %n нічийні API-ключі (%1) до центрів витрат за допомогою правил атрибуції: стане видно %2 тіньових витрат на місяць.</numerusform>
            <numerusform>Віднести %n нічийних API-ключів (%1) до центрів витрат за допомогою правил атрибуції: стане видно %2 тіньових витрат на місяць.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name a budget owner for the %n API key(s) without one (%1): %2 a month has no owner.</source>
        <translation>
            <numerusform>Призначити власника бюджету для %n API-ключа без власника (%1): витрати %2 на місяць залишаються без власника.</numerusform>
            <numerusform>Призначити власника бюджету для %n API-ключів без власника (%1): витрати %2 на місяць залишаються без власника.</numerusform>
            <numerusform>Призначити власника бюджету для %n API-ключів без власника (%1): витрати %2 на місяць залишаються без власника.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add prices for %1 (Prices page or prices --import): %2 calls a month are not counted in any cost.</source>
        <translation>Додати ціни для %1 (сторінка «Ціни» або prices --import): виклики (%2 на місяць) не враховуються в жодних витратах.</translation>
    </message>
    <message>
        <source>Send a task id with the calls of %1: %2 calls a month cannot be counted per task.</source>
        <translation>Надсилати ідентифікатор завдання з викликами %1: виклики (%2 на місяць) неможливо врахувати за завданнями.</translation>
    </message>
    <message>
        <source>Record the outcome (accepted, rework, rejected) of the tasks of %1: %2 tasks a month have no outcome, so CPSO leaves them out.</source>
        <translation>Записувати результат (прийнято, переробка, відхилено) завдань %1: завдання (%2 на місяць) не мають результату, тому CPSO їх не враховує.</translation>
    </message>
    <message>
        <source>Cut rework in %1 (%2% of its task cost, %3 a month): halving it saves %4 a month.</source>
        <translation>Скоротити переробки в %1 (%2% вартості завдань, %3 на місяць): зменшення вдвічі заощадить %4 на місяць.</translation>
    </message>
    <message>
        <source>Set monthly budgets for %1 (together %2 a month now).</source>
        <translation>Встановити місячні бюджети для %1 (зараз разом %2 на місяць).</translation>
    </message>
    <message>
        <source>Add spend alert rules (spikes, shadow spend) for %1 (together %2 a month).</source>
        <translation>Додати правила сповіщень про витрати (сплески, тіньові витрати) для %1 (разом %2 на місяць).</translation>
    </message>
    <message>
        <source>Route through a cascade: start routine tasks on a small model and escalate to a larger one only when its answer is not good enough (see the routing steps for what it saves).</source>
        <translation>Маршрутизувати через каскад: починати рутинні завдання на малій моделі й переходити на більшу, лише коли її відповідь недостатньо добра (скільки це заощадить, див. кроки маршрутизації).</translation>
    </message>
    <message>
        <source>Add a circuit breaker that stops a task after %1 calls: %2 ran past it; the calls beyond the cap cost %3 a month.</source>
        <translation>Додати запобіжник, що зупиняє завдання після %1 викликів: %2 перевищили цю межу; виклики понад ліміт коштують %3 на місяць.</translation>
    </message>
    <message>
        <source>Set budgets first, then keep each cost center within its budget.</source>
        <translation>Спершу встановити бюджети, потім утримувати кожен центр витрат у межах його бюджету.</translation>
    </message>
    <message>
        <source>Bring the cost centers over budget back within it: %1</source>
        <translation>Повернути центри витрат, що перевищили бюджет, у його межі: %1</translation>
    </message>
    <message>
        <source>Review rework every month (prompts, retrieval, model choice) until it falls three months in a row.</source>
        <translation>Щомісяця переглядати переробки (промпти, пошук контексту, вибір моделі), доки вони не знижуватимуться три місяці поспіль.</translation>
    </message>
    <message>
        <source>Review cost per successful outcome every month and move tasks to the cheapest model that keeps them accepted.</source>
        <translation>Щомісяця переглядати вартість успішного результату й переносити завдання на найдешевшу модель, з якою їх і далі приймають.</translation>
    </message>
</context>
<context>
    <name>MaturityPage</name>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not measurable: the workspace holds no data for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Неможливо виміряти: робочий простір не містить для цього даних.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Зрілість</translation>
    </message>
    <message>
        <source>Could not diagnose maturity: %1</source>
        <translation>Не вдалося визначити рівень зрілості: %1</translation>
    </message>
    <message>
        <source>Criteria are measured over the window&apos;s period, within the days that hold data; trends compare three windows of its length. Savings per month = the period&apos;s amount × 30 / its days.</source>
        <translation>Критерії вимірюються за період вікна, у межах днів, що містять дані; тренди порівнюють три вікна такої самої тривалості. Заощадження на місяць = сума за період × 30 / кількість його днів.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Level %1, %2: %3</source>
        <translation>Рівень %1, %2: %3</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерій</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Виміряно</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Поріг</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Value measured in this workspace</source>
        <translation>Значення, виміряне в цьому робочому просторі</translation>
    </message>
    <message>
        <source>What the level asks for</source>
        <translation>Чого вимагає рівень</translation>
    </message>
    <message>
        <source>Sum of the savings estimated for the steps to the next level, per month (the window&apos;s amount × 30 / its days). Steps without an estimate add visibility, not savings.</source>
        <translation>Сума оцінених заощаджень від кроків до наступного рівня, на місяць (сума за вікно × 30 / кількість його днів). Кроки без оцінки додають прозорості, а не заощаджень.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 – %2 (UTC), %n day(s)</source>
        <translation>
            <numerusform>Виміряно %1 – %2 (UTC), %n день</numerusform>
            <numerusform>Виміряно %1 – %2 (UTC), %n дні</numerusform>
            <numerusform>Виміряно %1 – %2 (UTC), %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>Немає викликів за цей період</translation>
    </message>
    <message>
        <source>No calls in this workspace yet</source>
        <translation>У цьому робочому просторі ще немає викликів</translation>
    </message>
    <message>
        <source>Level %1 reached, &lt;b&gt;%2&lt;/b&gt;: %3 Next: %4, %5 of %6 criteria met.</source>
        <translation>Досягнуто рівня %1, &lt;b&gt;%2&lt;/b&gt;: %3 Наступний: %4, виконано %5 з %6 критеріїв.</translation>
    </message>
    <message>
        <source>Level %1 reached, &lt;b&gt;%2&lt;/b&gt;: %3</source>
        <translation>Досягнуто рівня %1, &lt;b&gt;%2&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <source>Level %1 · %2</source>
        <translation>Рівень %1 · %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Criteria of this level met</source>
        <translation>Виконані критерії цього рівня</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>спадає</translation>
    </message>
    <message>
        <source>≤ %1 or falling</source>
        <translation>≤ %1 або спадає</translation>
    </message>
    <message>
        <source>Top level reached</source>
        <translation>Досягнуто найвищого рівня</translation>
    </message>
    <message>
        <source>Next level: %1 — steps</source>
        <translation>Наступний рівень: %1 — кроки</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/міс.</translation>
    </message>
    <message numerus="yes">
        <source>Savings per month estimated from this workspace&apos;s last %n day(s) × 30 / days</source>
        <translation>
            <numerusform>Заощадження на місяць, оцінені за останній %n день цього робочого простору × 30 / кількість днів</numerusform>
            <numerusform>Заощадження на місяць, оцінені за останні %n дні цього робочого простору × 30 / кількість днів</numerusform>
            <numerusform>Заощадження на місяць, оцінені за останні %n днів цього робочого простору × 30 / кількість днів</numerusform>
        </translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>прозорість</translation>
    </message>
    <message>
        <source>No direct savings: this step makes spend measurable or governed</source>
        <translation>Без прямих заощаджень: цей крок робить витрати вимірюваними або керованими</translation>
    </message>
    <message>
        <source>No steps: every criterion of the next level is met.</source>
        <translation>Кроків немає: усі критерії наступного рівня виконано.</translation>
    </message>
    <message>
        <source>Estimated savings: %1 per month</source>
        <translation>Орієнтовні заощадження: %1 на місяць</translation>
    </message>
    <message>
        <source>Maturity checklist</source>
        <translation>Контрольний список зрілості</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>A .gguf file: browse, drop or type its path</source>
        <translation>Файл .gguf: знайдіть його через «Огляд», перетягніть сюди або введіть шлях</translation>
    </message>
    <message>
        <source>A GGUF model file; the files used lately are in the list</source>
        <translation>Файл моделі GGUF; нещодавно використані файли є в списку</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Вибрати файл моделі GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Моделі GGUF (*.gguf);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>OutputConstraintsBox</name>
    <message>
        <source>Output constraints</source>
        <translation>Обмеження вихідних даних</translation>
    </message>
    <message>
        <source>&quot;The cheapest token is the one never generated&quot;: a length cap or a JSON schema stops the model from writing explanations around the answer. The saving is an estimate.</source>
        <translation>«Найдешевший токен — той, який так і не згенеровано»: обмеження довжини або JSON-схема не дає моделі писати пояснення довкола відповіді. Заощадження є оцінкою.</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> токенів</translation>
    </message>
    <message>
        <source>How long the answers run today, per call (from your logs, or a guess).</source>
        <translation>Яка зараз довжина відповіді на один виклик (з ваших журналів або приблизно).</translation>
    </message>
    <message>
        <source>Answers today</source>
        <translation>Відповіді зараз</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>A max_tokens cap on every answer (0: none). An answer cut off mid-way may need a retry.</source>
        <translation>Обмеження max_tokens для кожної відповіді (0: немає). Відповідь, обірвана посередині, може потребувати повторної спроби.</translation>
    </message>
    <message>
        <source>max_tokens</source>
        <translation>max_tokens</translation>
    </message>
    <message>
        <source>JSON schema of the answer (structured output), e.g. {&quot;type&quot;:&quot;object&quot;,&quot;properties&quot;:{&quot;answer&quot;:{&quot;type&quot;:&quot;string&quot;,&quot;maxLength&quot;:300}}}</source>
        <translation>JSON-схема відповіді (структурований вивід), напр. {&quot;type&quot;:&quot;object&quot;,&quot;properties&quot;:{&quot;answer&quot;:{&quot;type&quot;:&quot;string&quot;,&quot;maxLength&quot;:300}}}</translation>
    </message>
    <message>
        <source>The schema the answer must follow. Its size is estimated from a compact instance of it counted with the pricing tokenizer.</source>
        <translation>Схема, за якою має бути побудована відповідь. Її розмір оцінюється за компактним екземпляром, токени якого підраховує токенізатор для розрахунку ціни.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-схема</translation>
    </message>
    <message>
        <source>Waiting for a tokenizer…</source>
        <translation>Очікування токенізатора…</translation>
    </message>
    <message>
        <source>Estimate: %1 → %2 output tokens per call (−%3)</source>
        <translation>Оцінка: %1 → %2 вихідних токенів на виклик (−%3)</translation>
    </message>
    <message>
        <source>, ≈ %1 per month at %2</source>
        <translation>, ≈ %1 на місяць для %2</translation>
    </message>
    <message>
        <source>Saved output tokens × output price × requests per month. An estimate: answers are not known in advance.</source>
        <translation>Заощаджені вихідні токени × ціна вихідних токенів × запити на місяць. Це оцінка: відповіді наперед невідомі.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Could not compute the overview: %1</source>
        <translation>Не вдалося обчислити огляд: %1</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>Cost per task</source>
        <translation>Вартість завдання</translation>
    </message>
    <message>
        <source>CPSO</source>
        <translation>CPSO</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>Частка переробок</translation>
    </message>
    <message>
        <source>Token efficiency</source>
        <translation>Ефективність токенів</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Частка влучань у кеш</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This workspace has no calls yet&lt;/h2&gt;&lt;p&gt;Import your providers&apos; usage or cost exports, gateway logs or traces, or explore the demo company&apos;s 90 days first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;У цьому робочому просторі ще немає викликів&lt;/h2&gt;&lt;p&gt;Імпортуйте експорти використання чи витрат від ваших постачальників, журнали шлюзу або трасування — або спершу ознайомтеся з 90 днями демонстраційної компанії.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Usage Files…</source>
        <translation>Імпортувати файли використання…</translation>
    </message>
    <message>
        <source>Provider exports, traces, canonical JSONL or CSV (Ctrl+I), or drop files on the window</source>
        <translation>Експорти постачальників, трасування, канонічний JSONL або CSV (Ctrl+I), або перетягніть файли у вікно</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>Відкрити демо</translation>
    </message>
    <message>
        <source>Northwind Analytics: 90 days of a mid-size company&apos;s LLM usage</source>
        <translation>Northwind Analytics: 90 днів використання LLM середньою компанією</translation>
    </message>
    <message>
        <source>Spend per day by cost center (list cost, USD)</source>
        <translation>Витрати за день за центрами витрат (за прейскурантом, USD)</translation>
    </message>
    <message>
        <source>Hover a band to see a day&apos;s spend of that cost center.</source>
        <translation>Наведіть курсор на смугу, щоб побачити денні витрати цього центру витрат.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top models&lt;/b&gt;</source>
        <translation>&lt;b&gt;Провідні моделі&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top cost centers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Провідні центри витрат&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC) · %3 events</source>
        <translation>%1 – %2 (UTC) · подій: %3</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Ще немає викликів</translation>
    </message>
    <message>
        <source>reported by providers</source>
        <translation>за даними постачальників</translation>
    </message>
    <message numerus="yes">
        <source>This period holds only costs that providers reported (%1 in %n cost row(s)), no token-level calls: the spend shown is what they billed. Calls, tokens, cost per task, CPSO, rework and caching need a usage export (File ▸ Import Usage Files…).</source>
        <translation>
            <numerusform>Цей період містить лише витрати, про які повідомили постачальники (%1 у %n рядку витрат), без викликів на рівні токенів: показані витрати — це те, що постачальники виставили в рахунках. Для викликів, токенів, вартості завдання, CPSO, переробок і кешування потрібен експорт використання (Файл ▸ Імпортувати файли використання…).</numerusform>
            <numerusform>Цей період містить лише витрати, про які повідомили постачальники (%1 у %n рядках витрат), без викликів на рівні токенів: показані витрати — це те, що постачальники виставили в рахунках. Для викликів, токенів, вартості завдання, CPSO, переробок і кешування потрібен експорт використання (Файл ▸ Імпортувати файли використання…).</numerusform>
            <numerusform>Цей період містить лише витрати, про які повідомили постачальники (%1 у %n рядках витрат), без викликів на рівні токенів: показані витрати — це те, що постачальники виставили в рахунках. Для викликів, токенів, вартості завдання, CPSO, переробок і кешування потрібен експорт використання (Файл ▸ Імпортувати файли використання…).</numerusform>
        </translation>
    </message>
    <message>
        <source>reported by sources: %1</source>
        <translation>за даними джерел: %1</translation>
    </message>
    <message>
        <source>list prices</source>
        <translation>прейскурантні ціни</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>токенів: %1</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>завдань: %1</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>прийнято: %1</translation>
    </message>
    <message>
        <source>%1 on re-runs</source>
        <translation>%1 на повторні запуски</translation>
    </message>
    <message>
        <source>waste %1</source>
        <translation>марнування %1</translation>
    </message>
    <message>
        <source>%1 cached tokens</source>
        <translation>кешованих токенів: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n call(s) have no known price&lt;/b&gt; and are not in these totals (never counted as $0): %1. &lt;a href=&quot;prices&quot;&gt;Add their prices&lt;/a&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%n виклик не має відомої ціни&lt;/b&gt; і не входить до цих підсумків (ніколи не рахується як $0): %1. &lt;a href=&quot;prices&quot;&gt;Додати ціни&lt;/a&gt;.</numerusform>
            <numerusform>&lt;b&gt;%n виклики не мають відомої ціни&lt;/b&gt; і не входять до цих підсумків (ніколи не рахуються як $0): %1. &lt;a href=&quot;prices&quot;&gt;Додати ціни&lt;/a&gt;.</numerusform>
            <numerusform>&lt;b&gt;%n викликів не мають відомої ціни&lt;/b&gt; і не входять до цих підсумків (ніколи не рахуються як $0): %1. &lt;a href=&quot;prices&quot;&gt;Додати ціни&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Провідні моделі</translation>
    </message>
    <message>
        <source>Top cost centers</source>
        <translation>Провідні центри витрат</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period shown on every analysis page; relative periods end on the day of the workspace&apos;s last call. Remembered for each workspace.</source>
        <translation>Період, що показується на кожній сторінці аналізу; відносні періоди закінчуються днем останнього виклику в робочому просторі. Запам’ятовується для кожного робочого простору.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <source>Last month (calendar)</source>
        <translation>Минулий місяць (календарний)</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Усі дані</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Довільний…</translation>
    </message>
    <message>
        <source>First day (UTC), included</source>
        <translation>Перший день (UTC), включно</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Останній день (UTC), включно</translation>
    </message>
    <message>
        <source>&lt;b&gt;No calls from %1 to %2.&lt;/b&gt; This workspace&apos;s calls run from %3 to %4 (UTC). &lt;a href=&quot;all&quot;&gt;Show all data&lt;/a&gt;</source>
        <translation>&lt;b&gt;Немає викликів з %1 по %2.&lt;/b&gt; Виклики цього робочого простору охоплюють період з %3 по %4 (UTC). &lt;a href=&quot;all&quot;&gt;Показати всі дані&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (UTC)</source>
        <translation>%1: з %2 по %3 (UTC)</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Run %1: %2 %3 on %4, %5 tokens/s</source>
        <translation>Запуск %1: %2 %3 на %4, %5 токенів/с</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Планувальник</translation>
    </message>
    <message>
        <source>The workspace&apos;s traffic over the window&apos;s period, within the days that hold data; amounts per month = the period&apos;s amount × 30.4375 / its days</source>
        <translation>Трафік робочого простору за період вікна, у межах днів, що містять дані; суми на місяць = сума за період × 30,4375 / кількість його днів</translation>
    </message>
    <message>
        <source>What a context cache saves: the hit rate simulated on arrivals, writes and storage included, and every workflow&apos;s realized and potential savings</source>
        <translation>Скільки заощаджує кеш контексту: частка влучань, змодельована на реальних надходженнях запитів, з урахуванням записів і зберігання, а також фактичні й потенційні заощадження кожного робочого процесу</translation>
    </message>
    <message>
        <source>What routing or a cascade to a small model saves per task class, correction labour included</source>
        <translation>Скільки заощаджує маршрутизація або каскад до малої моделі для кожного класу завдань, з урахуванням праці на виправлення</translation>
    </message>
    <message>
        <source>API against a self-hosted server: $ per 1M tokens by utilization, break-even volume, sensitivity</source>
        <translation>API проти власного сервера: $ за 1M токенів залежно від завантаження, обсяг у точці беззбитковості, чутливість</translation>
    </message>
    <message>
        <source>Could not read the workspace&apos;s traffic: %1</source>
        <translation>Не вдалося прочитати трафік робочого простору: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 days)</source>
        <translation>%1 – %2 (днів: %3)</translation>
    </message>
    <message>
        <source>no calls in the period</source>
        <translation>немає викликів за період</translation>
    </message>
</context>
<context>
    <name>Planning::BreakEven</name>
    <message>
        <source>Hardware price</source>
        <translation>Ціна обладнання</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Амортизація</translation>
    </message>
    <message>
        <source>GPU rent</source>
        <translation>Оренда GPU</translation>
    </message>
    <message>
        <source>Power draw</source>
        <translation>Споживана потужність</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Електроенергія</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Хостинг</translation>
    </message>
    <message>
        <source>MLOps share</source>
        <translation>Частка MLOps</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускна здатність</translation>
    </message>
    <message>
        <source>Monthly tokens</source>
        <translation>Токенів на місяць</translation>
    </message>
    <message>
        <source>API spend</source>
        <translation>Витрати на API</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>Значення «%1» не може бути від’ємним.</translation>
    </message>
    <message>
        <source>Give the hardware&apos;s price or a GPU&apos;s hourly rent: a server that costs nothing breaks even at any volume.</source>
        <translation>Вкажіть ціну обладнання або погодинну оренду GPU: сервер, який нічого не коштує, досягає точки беззбитковості за будь-якого обсягу.</translation>
    </message>
    <message>
        <source>Depreciation must be more than 0 and at most 20 years.</source>
        <translation>Строк амортизації має бути більшим за 0 і не більшим за 20 років.</translation>
    </message>
    <message>
        <source>Power draw must be between 0 and 100,000 W per server.</source>
        <translation>Споживана потужність має бути від 0 до 100 000 W на сервер.</translation>
    </message>
    <message>
        <source>Electricity above $10 per kWh is not a real tariff.</source>
        <translation>Ціна електроенергії понад $10 за kWh — не реальний тариф.</translation>
    </message>
    <message>
        <source>Utilization must be more than 0% and at most 100%.</source>
        <translation>Завантаження має бути більшим за 0% і не більшим за 100%.</translation>
    </message>
    <message>
        <source>Throughput must be more than 0 tokens per second.</source>
        <translation>Пропускна здатність має бути більшою за 0 токенів за секунду.</translation>
    </message>
    <message>
        <source>The monthly token volume must be more than 0.</source>
        <translation>Місячний обсяг токенів має бути більшим за 0.</translation>
    </message>
    <message>
        <source>The API&apos;s monthly charge must be more than $0.</source>
        <translation>Місячна плата за API має бути більшою за $0.</translation>
    </message>
</context>
<context>
    <name>Planning::Routing</name>
    <message>
        <source>Classification and routing</source>
        <translation>Класифікація та маршрутизація</translation>
    </message>
    <message>
        <source>Extraction and NER</source>
        <translation>Видобування даних і NER</translation>
    </message>
    <message>
        <source>Support bot, FAQ</source>
        <translation>Бот підтримки, FAQ</translation>
    </message>
    <message>
        <source>Complex analytics, reasoning</source>
        <translation>Складна аналітика, міркування</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Класифікація</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Видобування</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Підтримка</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Міркування</translation>
    </message>
    <message>
        <source>The routed share must be between 0% and 100%.</source>
        <translation>Частка маршрутизованих запитів має бути від 0% до 100%.</translation>
    </message>
    <message>
        <source>The confidence threshold must be between 0 and 1.</source>
        <translation>Поріг упевненості має бути від 0 до 1.</translation>
    </message>
    <message>
        <source>The escalation rate must be between 0% and 100%.</source>
        <translation>Частка ескалацій має бути від 0% до 100%.</translation>
    </message>
    <message>
        <source>The correction rate must be between 0% and 100%.</source>
        <translation>Частка виправлень має бути від 0% до 100%.</translation>
    </message>
    <message>
        <source>The small model&apos;s prices cannot be negative.</source>
        <translation>Ціни малої моделі не можуть бути від’ємними.</translation>
    </message>
    <message>
        <source>Choose the small model, or give its price: a model that costs nothing saves everything.</source>
        <translation>Оберіть малу модель або вкажіть її ціну: модель, яка нічого не коштує, заощаджує все.</translation>
    </message>
    <message>
        <source>A correction&apos;s cost cannot be negative.</source>
        <translation>Вартість виправлення не може бути від’ємною.</translation>
    </message>
    <message>
        <source>The expected savings must be a range within 0% to 100%, low before high.</source>
        <translation>Очікувані заощадження мають бути діапазоном від 0% до 100%, спершу менше значення, потім більше.</translation>
    </message>
    <message>
        <source>Outcomes cannot be negative.</source>
        <translation>Кількість результатів не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Token counts cannot be negative.</source>
        <translation>Кількість токенів не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Spend cannot be negative.</source>
        <translation>Витрати не можуть бути від’ємними.</translation>
    </message>
</context>
<context>
    <name>Planning::Traffic</name>
    <message>
        <source>Canceled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(без тегу)</translation>
    </message>
    <message>
        <source>No price for %1: nothing to save in dollars.</source>
        <translation>Немає ціни для %1: заощадження в доларах не визначити.</translation>
    </message>
    <message>
        <source>%1 has no prompt cache the planner models.</source>
        <translation>%1 не має кешу промптів, який моделює планувальник.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n call(s): too few to replay their arrivals.</source>
        <translation>
            <numerusform>Лише %n виклик: замало, щоб відтворити надходження.</numerusform>
            <numerusform>Лише %n виклики: замало, щоб відтворити їхні надходження.</numerusform>
            <numerusform>Лише %n викликів: замало, щоб відтворити їхні надходження.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its calls already cache more than one prefix they all share (a context that grows within a task).</source>
        <translation>Його виклики вже кешують більше, ніж спільний для всіх них префікс (контекст, що зростає в межах завдання).</translation>
    </message>
    <message>
        <source>A %1-token prefix is below %2&apos;s minimum of %3 tokens.</source>
        <translation>Префікс довжиною %1 токенів коротший за мінімум для %2 (%3 токенів).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Мова системи (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світлий</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темний</translation>
    </message>
    <message>
        <source>Light or dark windows and charts; the system&apos;s look unless you choose one.</source>
        <translation>Світлі чи темні вікна й діаграми; вигляд системи, доки ви не оберете інший.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Вигляд:</translation>
    </message>
    <message>
        <source>Inferometer speaks the new language when it next starts.</source>
        <translation>Inferometer перейде на нову мову під час наступного запуску.</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages, and the way numbers, money and dates are written. Exported files are the same in every language.</source>
        <translation>Мова меню, сторінок і повідомлень, а також спосіб запису чисел, сум і дат. Експортовані файли однакові для всіх мов.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Tokens in Inferometer&apos;s six non-overlapping buckets, whatever the source&apos;s convention.</source>
        <translation>Токени в шести неперетинних категоріях Inferometer, незалежно від умовностей джерела.</translation>
    </message>
    <message>
        <source>What the source itself says the call cost, when it says so.</source>
        <translation>Скільки коштував виклик за даними самого джерела, якщо воно це вказує.</translation>
    </message>
    <message>
        <source>Computed from the price catalog valid at the call&apos;s time; &quot;unpriced&quot; when the model has no price.</source>
        <translation>Обчислено за каталогом цін, чинним на момент виклику; «без ціни», якщо модель не має ціни.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Час (UTC)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Постачальник</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Cost
center</source>
        <translation>Центр
витрат</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Виклики</translation>
    </message>
    <message>
        <source>Uncached
input</source>
        <translation>Вхідні
без кешу</translation>
    </message>
    <message>
        <source>Cache
read</source>
        <translation>Читання
з кешу</translation>
    </message>
    <message>
        <source>Cache
write 5m</source>
        <translation>Запис
у кеш 5m</translation>
    </message>
    <message>
        <source>Cache
write 1h</source>
        <translation>Запис
у кеш 1h</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Міркування</translation>
    </message>
    <message>
        <source>Reported
cost</source>
        <translation>Заявлена
вартість</translation>
    </message>
    <message>
        <source>List
cost</source>
        <translation>Вартість за
прейскурантом</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>без ціни</translation>
    </message>
</context>
<context>
    <name>PriceTableModel</name>
    <message>
        <source>Workspace price</source>
        <translation>Ціна робочого простору</translation>
    </message>
    <message>
        <source>new-model</source>
        <translation>нова-модель</translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation>власний хостинг</translation>
    </message>
    <message>
        <source>Add price for %1</source>
        <translation>Додати ціну для %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n price(s)</source>
        <translation>
            <numerusform>Видалити %n ціну</numerusform>
            <numerusform>Видалити %n ціни</numerusform>
            <numerusform>Видалити %n цін</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Постачальник</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Читання з кешу</translation>
    </message>
    <message>
        <source>Write 5m</source>
        <translation>Запис 5m</translation>
    </message>
    <message>
        <source>Write 1h</source>
        <translation>Запис 1h</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <source>Batch ×</source>
        <translation>Пакет ×</translation>
    </message>
    <message>
        <source>Long ctx &gt;</source>
        <translation>Довгий контекст &gt;</translation>
    </message>
    <message>
        <source>Min cache</source>
        <translation>Мін. кеш</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Походження</translation>
    </message>
    <message>
        <source>The price applies to calls from this date (UTC) until the next entry of the same model.</source>
        <translation>Ціна застосовується до викликів від цієї дати (UTC) до наступного запису тієї самої моделі.</translation>
    </message>
    <message>
        <source>USD per 1M tokens. Reasoning tokens are billed as output.</source>
        <translation>USD за 1M токенів. Токени міркувань тарифікуються як вихідні.</translation>
    </message>
    <message>
        <source>Multiplier on every price for calls in the batch tier (0.5 = half price).</source>
        <translation>Множник до кожної ціни для викликів за пакетним тарифом (0.5 = половина ціни).</translation>
    </message>
    <message>
        <source>Input tokens per call above which the whole call is billed at the long-context prices.</source>
        <translation>Кількість вхідних токенів на виклик, понад яку весь виклик тарифікується за цінами для довгого контексту.</translation>
    </message>
    <message>
        <source>Shortest prompt the provider caches; shorter prompts are silently not cached.</source>
        <translation>Найкоротший промпт, який кешує постачальник; коротші промпти мовчки не кешуються.</translation>
    </message>
    <message>
        <source>Built-in prices ship with Inferometer; workspace prices override them for the same model.</source>
        <translation>Вбудовані ціни постачаються з Inferometer; ціни робочого простору замінюють їх для тієї самої моделі.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>робочий простір</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>вбудована</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: type USD per 1M tokens, e.g. 2.50.</source>
        <translation>«%1» не є ціною: введіть USD за 1M токенів, напр. 2.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token count.</source>
        <translation>«%1» не є кількістю токенів.</translation>
    </message>
    <message>
        <source>A price needs a model name.</source>
        <translation>Для ціни потрібна назва моделі.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>«%1» не є датою: використовуйте формат YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a multiplier: use e.g. 0.5 for half price.</source>
        <translation>«%1» не є множником: використовуйте, напр., 0.5 для половини ціни.</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Змінити %1 для %2</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices</source>
        <translation>Ціни</translation>
    </message>
    <message>
        <source>USD per 1M tokens. A call is priced with the entry of its model valid at its time; workspace prices override the built-in ones for that model. Models with no price are shown as unpriced, never as $0. Saved prices apply to new imports; use &lt;i&gt;Re-price history&lt;/i&gt; to apply them to calls already imported.</source>
        <translation>USD за 1M токенів. Вартість виклику обчислюється за записом його моделі, чинним на момент виклику; ціни робочого простору замінюють вбудовані для цієї моделі. Моделі без ціни показуються як «без ціни», ніколи як $0. Збережені ціни застосовуються до нових імпортів; щоб застосувати їх до вже імпортованих викликів, скористайтеся дією &lt;i&gt;Переоцінити історію&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Filter models…</source>
        <translation>Фільтрувати моделі…</translation>
    </message>
    <message>
        <source>&amp;Add / override</source>
        <translation>&amp;Додати / замінити</translation>
    </message>
    <message>
        <source>Add a workspace price (a copy of the selected row, to override it)</source>
        <translation>Додати ціну робочого простору (копію вибраного рядка, щоб замінити його)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Remove the selected workspace prices</source>
        <translation>Видалити вибрані ціни робочого простору</translation>
    </message>
    <message>
        <source>Import &amp;LiteLLM prices…</source>
        <translation>Імпортувати ціни &amp;LiteLLM…</translation>
    </message>
    <message>
        <source>Read LiteLLM&apos;s model_prices_and_context_window.json</source>
        <translation>Прочитати model_prices_and_context_window.json від LiteLLM</translation>
    </message>
    <message>
        <source>Re-price &amp;history…</source>
        <translation>Переоцінити &amp;історію…</translation>
    </message>
    <message>
        <source>Recompute the list cost of every call already imported</source>
        <translation>Перерахувати вартість за прейскурантом для кожного вже імпортованого виклику</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the workspace prices (Ctrl+S)</source>
        <translation>Зберегти ціни робочого простору (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re-pricing canceled; nothing was changed.</source>
        <translation>Переоцінювання скасовано; нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>Re-priced: %n call(s) changed cost.</source>
        <translation>
            <numerusform>Переоцінено: вартість змінилася для %n виклику.</numerusform>
            <numerusform>Переоцінено: вартість змінилася для %n викликів.</numerusform>
            <numerusform>Переоцінено: вартість змінилася для %n викликів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls to these models have no price, so they are left out of every total: &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;add&quot;&gt;Add workspace prices for them&lt;/a&gt;, then save and re-price history.</source>
        <translation>Виклики цих моделей не мають ціни, тому не входять до жодного підсумку: &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;add&quot;&gt;Додайте для них ціни робочого простору&lt;/a&gt;, потім збережіть їх і переоцініть історію.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n workspace price(s). New imports use them; re-price history to apply them to calls already imported.</source>
        <translation>
            <numerusform>Збережено %n ціну робочого простору. Нові імпорти використовують її; переоцініть історію, щоб застосувати її до вже імпортованих викликів.</numerusform>
            <numerusform>Збережено %n ціни робочого простору. Нові імпорти використовують їх; переоцініть історію, щоб застосувати їх до вже імпортованих викликів.</numerusform>
            <numerusform>Збережено %n цін робочого простору. Нові імпорти використовують їх; переоцініть історію, щоб застосувати їх до вже імпортованих викликів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved prices</source>
        <translation>Незбережені ціни</translation>
    </message>
    <message>
        <source>Save the changed workspace prices?</source>
        <translation>Зберегти змінені ціни робочого простору?</translation>
    </message>
    <message>
        <source>Built-in prices cannot be removed; add a workspace price to override one.</source>
        <translation>Вбудовані ціни не можна видалити; щоб замінити вбудовану ціну, додайте ціну робочого простору.</translation>
    </message>
    <message>
        <source>Import LiteLLM prices</source>
        <translation>Імпортувати ціни LiteLLM</translation>
    </message>
    <message>
        <source>LiteLLM price file (*.json);;All files (*)</source>
        <translation>Файл цін LiteLLM (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n LiteLLM price(s)</source>
        <translation>
            <numerusform>Імпортувати %n ціну LiteLLM</numerusform>
            <numerusform>Імпортувати %n ціни LiteLLM</numerusform>
            <numerusform>Імпортувати %n цін LiteLLM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n price(s) from %1. Save to keep them.</source>
        <translation>
            <numerusform>Прочитано %n ціну з %1. Збережіть, щоб її залишити.</numerusform>
            <numerusform>Прочитано %n ціни з %1. Збережіть, щоб їх залишити.</numerusform>
            <numerusform>Прочитано %n цін з %1. Збережіть, щоб їх залишити.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-price history</source>
        <translation>Переоцінити історію</translation>
    </message>
    <message>
        <source>Recompute the list cost of every call in this workspace with the current prices? Reported costs are not touched.</source>
        <translation>Перерахувати вартість за прейскурантом для кожного виклику в цьому робочому просторі за поточними цінами? Заявлена вартість не змінюється.</translation>
    </message>
    <message>
        <source>Re-pricing calls…</source>
        <translation>Переоцінювання викликів…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Фільтрувати моделі</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Ціни за моделями</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>The JSON nests more than %1 levels deep here; no price file does, so it is not read.</source>
        <translation>JSON тут має понад %1 рівнів вкладеності; жоден файл цін такого не має, тому його не прочитано.</translation>
    </message>
    <message>
        <source>The built-in price catalog is missing from this build.</source>
        <translation>У цій збірці немає вбудованого каталогу цін.</translation>
    </message>
    <message>
        <source>This is not a price catalog: expected a JSON object with a &quot;models&quot; array.</source>
        <translation>Це не каталог цін: очікувався JSON-об’єкт із масивом &quot;models&quot;.</translation>
    </message>
    <message>
        <source>The &quot;models&quot; array is missing.</source>
        <translation>Масив &quot;models&quot; відсутній.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>запис %1</translation>
    </message>
    <message>
        <source>Each model entry must be a JSON object.</source>
        <translation>Кожен запис моделі має бути JSON-об’єктом.</translation>
    </message>
    <message>
        <source>The model name is missing.</source>
        <translation>Назва моделі відсутня.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1» не є датою.</translation>
    </message>
    <message>
        <source>Both &quot;input&quot; and &quot;output&quot; prices are required.</source>
        <translation>Потрібні обидві ціни: &quot;input&quot; і &quot;output&quot;.</translation>
    </message>
    <message>
        <source>A long-context threshold needs long-context prices.</source>
        <translation>Поріг довгого контексту потребує цін для довгого контексту.</translation>
    </message>
    <message>
        <source>A price is not a non-negative number.</source>
        <translation>Одна з цін не є невід’ємним числом.</translation>
    </message>
    <message>
        <source>This is not a LiteLLM price file: expected a JSON object keyed by model name.</source>
        <translation>Це не файл цін LiteLLM: очікувався JSON-об’єкт із назвами моделей як ключами.</translation>
    </message>
    <message>
        <source>No model in this file has both an input and an output price per token.</source>
        <translation>Жодна модель у цьому файлі не має водночас ціни за вхідний і за вихідний токен.</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Data written as prose: %1 sentences of the form &quot;The X is Y.&quot;. As JSON or &quot;key: value&quot; lines ({&quot;order_status&quot;: &quot;shipped&quot;}) the connecting words go and the model reads the fields more reliably (heuristic).</source>
        <translation>Дані, записані прозою: речень виду «The X is Y.» — %1. У вигляді JSON або рядків &quot;key: value&quot; ({&quot;order_status&quot;: &quot;shipped&quot;}) сполучні слова зникають, а модель надійніше зчитує поля (евристика).</translation>
    </message>
    <message>
        <source>Verbose prose: %1 instructions in %2 words of running text. As a bulleted list of short imperatives (one per line, without connectives and hedges) it would be shorter; %3 words here are such connectives (&quot;additionally&quot;, &quot;you should&quot;, &quot;it is&quot;…). Heuristic: a paragraph of 3+ sentences and 45+ words, 3+ of them instructions.</source>
        <translation>Багатослівна проза: інструкцій — %1, слів суцільного тексту — %2. У вигляді маркованого списку коротких наказів (по одному на рядок, без сполучних слів і застережень) текст був би коротшим; таких сполучних слів тут — %3 («additionally», «you should», «it is»…). Евристика: абзац із 3+ речень і 45+ слів, з яких 3+ є інструкціями.</translation>
    </message>
    <message>
        <source>Repeated instruction</source>
        <translation>Повторена інструкція</translation>
    </message>
    <message>
        <source>Filler phrase</source>
        <translation>Зайва фраза</translation>
    </message>
    <message>
        <source>Whitespace waste</source>
        <translation>Зайві пробіли</translation>
    </message>
    <message>
        <source>Verbose prose</source>
        <translation>Багатослівна проза</translation>
    </message>
    <message>
        <source>Repeats line %1: &quot;%2&quot;. Saying it twice costs tokens on every call and adds no weight the first time did not.</source>
        <translation>Повторює рядок %1: «%2». Повтор коштує токенів у кожному виклику й не додає ваги, якої не мала перша згадка.</translation>
    </message>
    <message>
        <source>Filler: &quot;%1&quot; tells the model nothing; the instruction works without it.</source>
        <translation>Зайве: «%1» нічого не повідомляє моделі; інструкція працює і без цього.</translation>
    </message>
    <message>
        <source>Wordy: &quot;%1&quot; says the same as &quot;%2&quot;.</source>
        <translation>Багатослівно: «%1» означає те саме, що й «%2».</translation>
    </message>
    <message>
        <source>Whitespace: %1. Spaces and blank lines are tokens too.</source>
        <translation>Пробіли: %1. Пробіли й порожні рядки — теж токени.</translation>
    </message>
    <message>
        <source>Answers today: %1 tokens (your figure).</source>
        <translation>Поточна довжина відповідей у токенах: %1 (ваше значення).</translation>
    </message>
    <message>
        <source>The JSON schema is not valid JSON (at byte %1).</source>
        <translation>JSON-схема не є коректним JSON (у байті %1).</translation>
    </message>
    <message>
        <source>The JSON schema must be a JSON object.</source>
        <translation>JSON-схема має бути JSON-об’єктом.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-схема</translation>
    </message>
    <message>
        <source>JSON schema: %1 fields; the answer&apos;s structure is %2 tokens (%3 counted on a compact instance with empty strings), plus %4 tokens for %5 string values (maxLength / 4, else %6 each); arrays at maxItems, else %7 items.</source>
        <translation>JSON-схема: полів — %1; структура відповіді — %2 токенів (підраховано токенізатором %3 на компактному екземплярі з порожніми рядками), плюс %4 токенів на рядкові значення (%5) (maxLength / 4, інакше по %6 на кожне); масиви — за maxItems, інакше по %7 елементів.</translation>
    </message>
    <message>
        <source>max_tokens %1 caps every answer (an answer cut off mid-way may need a retry).</source>
        <translation>max_tokens %1 обмежує кожну відповідь (відповідь, обірвана посередині, може потребувати повторної спроби).</translation>
    </message>
    <message>
        <source>Estimated saving: %1 − %2 = %3 output tokens per call.</source>
        <translation>Орієнтовне заощадження: %1 − %2 = %3 вихідних токенів на виклик.</translation>
    </message>
    <message>
        <source>A saved prompt needs a name.</source>
        <translation>Збережений промпт повинен мати назву.</translation>
    </message>
    <message>
        <source>There is no saved prompt version %1.</source>
        <translation>Немає збереженої версії промпту %1.</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>видалено %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation>«%1» → «%2»</translation>
    </message>
    <message>
        <source>removed blank lines at the start</source>
        <translation>видалено порожні рядки на початку</translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s) → one</source>
        <translation>
            <numerusform>%n порожній рядок → один</numerusform>
            <numerusform>%n порожні рядки → один</numerusform>
            <numerusform>%n порожніх рядків → один</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trailing space(s)</source>
        <translation>
            <numerusform>%n пробіл у кінці рядка</numerusform>
            <numerusform>%n пробіли в кінці рядка</numerusform>
            <numerusform>%n пробілів у кінці рядка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spaces → one</source>
        <translation>
            <numerusform>%n пробіл → один</numerusform>
            <numerusform>%n пробіли → один</numerusform>
            <numerusform>%n пробілів → один</numerusform>
        </translation>
    </message>
    <message>
        <source>removed blank lines at the end</source>
        <translation>видалено порожні рядки в кінці</translation>
    </message>
    <message>
        <source>removed repeated &quot;%1&quot;</source>
        <translation>видалено повтор «%1»</translation>
    </message>
    <message numerus="yes">
        <source>moved %n paragraph(s) without variables before the first one with {{%1}}</source>
        <translation>
            <numerusform>переміщено %n абзац без змінних перед першим абзацом із {{%1}}</numerusform>
            <numerusform>переміщено %n абзаци без змінних перед першим абзацом із {{%1}}</numerusform>
            <numerusform>переміщено %n абзаців без змінних перед першим абзацом із {{%1}}</numerusform>
        </translation>
    </message>
    <message>
        <source>moved up: &quot;%1&quot;</source>
        <translation>переміщено вгору: «%1»</translation>
    </message>
    <message>
        <source>Deduplicate instructions</source>
        <translation>Прибрати повтори інструкцій</translation>
    </message>
    <message>
        <source>Remove filler</source>
        <translation>Прибрати зайві фрази</translation>
    </message>
    <message>
        <source>Static parts first</source>
        <translation>Статичні частини спершу</translation>
    </message>
    <message>
        <source>Collapse whitespace</source>
        <translation>Стиснути пробіли</translation>
    </message>
    <message>
        <source>Removes every sentence or bullet that repeats an earlier one (compared without filler, case and punctuation; at least four words). The first occurrence stays where it is.</source>
        <translation>Видаляє кожне речення чи пункт списку, що повторює попередній (порівнюються без зайвих слів, регістру й розділових знаків; щонайменше чотири слова). Перша згадка залишається на своєму місці.</translation>
    </message>
    <message>
        <source>Removes polite padding (&quot;please note that&quot;, &quot;make sure to&quot;, &quot;as an AI language model&quot;) and replaces wordy idioms with their short form (&quot;in order to&quot; → &quot;to&quot;). Models follow commands; the instruction itself is kept.</source>
        <translation>Видаляє ввічливі вставки («please note that», «make sure to», «as an AI language model») і замінює багатослівні звороти їхньою короткою формою («in order to» → «to»). Моделі виконують команди; сама інструкція зберігається.</translation>
    </message>
    <message>
        <source>Moves paragraphs that hold no {{variable}} before the first paragraph that holds one, so that the identical prefix sent on every call (the part a provider can cache) is as long as possible. Check that the order of the instructions still reads right.</source>
        <translation>Переміщує абзаци без {{змінних}} перед першим абзацом, що містить змінну, щоб ідентичний префікс, який надсилається в кожному виклику (частина, яку постачальник може кешувати), був якомога довшим. Перевірте, чи порядок інструкцій досі логічний.</translation>
    </message>
    <message>
        <source>Removes trailing spaces, turns runs of spaces inside a line into one space (indentation is kept) and keeps at most one blank line between paragraphs.</source>
        <translation>Видаляє пробіли в кінці рядків, замінює кілька пробілів поспіль усередині рядка одним (відступи зберігаються) і залишає не більше одного порожнього рядка між абзацами.</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Paste or type a system prompt. Use {{name}} for the parts that change per call.</source>
        <translation>Вставте або введіть системний промпт. Використовуйте {{name}} для частин, що змінюються від виклику до виклику.</translation>
    </message>
    <message>
        <source>Token %1 of %2 (%3)</source>
        <translation>Токен %1 з %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Fixed by the rewrite &quot;%1&quot;.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Виправлено перетворенням «%1».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Template variable {{%1}}&lt;/b&gt;&lt;br&gt;Filled in per call. Text before the first variable is the static prefix a provider can cache; text after it is sent anew on every call.</source>
        <translation>&lt;b&gt;Змінна шаблону {{%1}}&lt;/b&gt;&lt;br&gt;Заповнюється для кожного виклику. Текст перед першою змінною — статичний префікс, який постачальник може кешувати; текст після неї надсилається заново в кожному виклику.</translation>
    </message>
</context>
<context>
    <name>PromptEditorPage</name>
    <message>
        <source>Prompt editor</source>
        <translation>Редактор промптів</translation>
    </message>
    <message>
        <source>Tokens of the prompt with the pricing tokenizer, its characters and template variables; recounted off the GUI thread 150 ms after the last edit.</source>
        <translation>Токени промпту за токенізатором для розрахунку ціни, його символи та змінні шаблону; перераховуються поза потоком GUI через 150 ms після останньої зміни.</translation>
    </message>
    <message>
        <source>Show tokens</source>
        <translation>Показати токени</translation>
    </message>
    <message>
        <source>Shade each token of the pricing tokenizer in alternating colours (first 5,000 tokens; texts up to 300,000 characters).</source>
        <translation>Підсвічувати токени токенізатора для розрахунку ціни почергово різними кольорами (перші 5 000 токенів; тексти до 300 000 символів).</translation>
    </message>
    <message>
        <source>Add tokenizer…</source>
        <translation>Додати токенізатор…</translation>
    </message>
    <message>
        <source>Count with a tokenizer.json (Hugging Face BPE, e.g. Llama 3), a .tiktoken file or a GGUF model&apos;s vocabulary too; remembered for next time.</source>
        <translation>Рахувати також за tokenizer.json (Hugging Face BPE, напр. Llama 3), файлом .tiktoken або словником моделі GGUF; запам’ятовується на наступний раз.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>The model whose list prices (built-in catalog) price the prompt.</source>
        <translation>Модель, за прейскурантними цінами якої (вбудований каталог) оцінюється промпт.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>The tokenizer whose count prices the prompt, checks the caching minimum and shows token boundaries. Use the model&apos;s own tokenizer where you have it.</source>
        <translation>Токенізатор, за підрахунком якого оцінюється промпт, перевіряється мінімум для кешування і показуються межі токенів. Використовуйте власний токенізатор моделі, якщо він у вас є.</translation>
    </message>
    <message>
        <source>Count with</source>
        <translation>Рахувати за</translation>
    </message>
    <message>
        <source>Calls that send this prompt per day; a month is %1 days.</source>
        <translation>Кількість викликів на день, що надсилають цей промпт; місяць — це %1 днів.</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Запитів на день</translation>
    </message>
    <message>
        <source>Output tokens per call added to the cost of a call. Starts at the measured answer length: the workspace&apos;s output + reasoning tokens per call of this model (of all models when it has none); a value you type stays.</source>
        <translation>Вихідні токени на виклик, що додаються до вартості виклику. Початкове значення — виміряна довжина відповіді: вихідні токени + токени міркувань на виклик цієї моделі в робочому просторі (усіх моделей, якщо для неї даних немає); введене вами значення зберігається.</translation>
    </message>
    <message>
        <source>What the rewrites and edits save: prompt tokens removed since the baseline (the prompt as loaded, or when you pressed Reset) × input list price × requests per day × %1. Caching is not counted.</source>
        <translation>Що заощаджують перетворення й редагування: токени промпту, видалені відносно вихідної версії (промпту в завантаженому вигляді або на момент, коли ви її оновили) × прейскурантна ціна вхідних токенів × запити на день × %1. Кешування не враховується.</translation>
    </message>
    <message>
        <source>Below the minimum of %1 at %2: not cached. Caching would take %3 more prefix tokens; move static parts first or grow the prefix.</source>
        <translation>Нижче мінімуму %1 для %2: не кешується. Для кешування потрібно ще %3 токенів префікса; перемістіть статичні частини на початок або подовжте префікс.</translation>
    </message>
    <message>
        <source>Minimum at %1: %2. Cacheable per call: %3 tokens, read at %4 off when the cache is warm.</source>
        <translation>Мінімум для %1: %2. Кешується на виклик: %3 токенів, які за теплого кешу читаються зі знижкою %4.</translation>
    </message>
    <message numerus="yes">
        <source>At %1 requests a day in business hours: hit rate %2 (%n write(s) a day), %3 &lt;b&gt;%4&lt;/b&gt; a month, writes included. The Planner tries other arrivals and TTLs.</source>
        <translation>
            <numerusform>За %1 запитів на день у робочі години: частка влучань %2 (%n запис у кеш на день), кешування %3 &lt;b&gt;%4&lt;/b&gt; на місяць з урахуванням записів. Планувальник перевіряє інші моделі надходження запитів і TTL.</numerusform>
            <numerusform>За %1 запитів на день у робочі години: частка влучань %2 (%n записи в кеш на день), кешування %3 &lt;b&gt;%4&lt;/b&gt; на місяць з урахуванням записів. Планувальник перевіряє інші моделі надходження запитів і TTL.</numerusform>
            <numerusform>За %1 запитів на день у робочі години: частка влучань %2 (%n записів у кеш на день), кешування %3 &lt;b&gt;%4&lt;/b&gt; на місяць з урахуванням записів. Планувальник перевіряє інші моделі надходження запитів і TTL.</numerusform>
        </translation>
    </message>
    <message>
        <source>saves</source>
        <translation>заощаджує</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>коштує</translation>
    </message>
    <message>
        <source>Baseline %1 tokens: no change yet. Apply a rewrite or edit the text to see the prompt tokens it saves per month.</source>
        <translation>Вихідна версія: %1 токенів; змін ще немає. Застосуйте перетворення або відредагуйте текст, щоб побачити, скільки токенів промпту це заощаджує на місяць.</translation>
    </message>
    <message>
        <source>Rewrites and edits: baseline %1 → now %2 prompt tokens, %3 (%4) · &lt;b&gt;%5&lt;/b&gt; per month of input at %6</source>
        <translation>Перетворення й редагування: вихідна версія %1 → зараз %2 токенів промпту, %3 (%4) · &lt;b&gt;%5&lt;/b&gt; на місяць за вхідні токени для %6</translation>
    </message>
    <message>
        <source>Output tokens per call</source>
        <translation>Вихідних токенів на виклик</translation>
    </message>
    <message>
        <source>Per call: prompt tokens × input price + output tokens × output price, list prices, no caching. Per month: per call × requests per day × %1.</source>
        <translation>На виклик: токени промпту × ціна вхідних токенів + вихідні токени × ціна вихідних токенів, за прейскурантом, без кешування. На місяць: вартість виклику × запити на день × %1.</translation>
    </message>
    <message>
        <source>Providers cache the identical beginning of a request. Static prefix: tokens before the first {{variable}}. Minimum: the model&apos;s smallest cacheable prompt (catalog). Cacheable tokens: the prefix (OpenAI: 1,024 plus whole 128-token steps). Discount: 1 − cache-read price ÷ input price. Savings: the Planner&apos;s calculator, each request simulated against the cache&apos;s lifetime (the provider&apos;s default TTL) as the requests per day arrive evenly over business hours (9:00–17:00), write premiums included; a month is %1 days.</source>
        <translation>Постачальники кешують однаковий початок запиту. Статичний префікс: токени перед першою {{змінною}}. Мінімум: найкоротший промпт моделі, який можна кешувати (каталог). Кешовані токени: префікс (OpenAI: 1 024 плюс цілі кроки по 128 токенів). Знижка: 1 − ціна читання з кешу ÷ ціна вхідних токенів. Заощадження: калькулятор планувальника, що моделює кожен запит відносно часу життя кешу (типового TTL постачальника), коли запити за день надходять рівномірно протягом робочих годин (9:00–17:00), з урахуванням надбавок за запис; місяць — це %1 днів.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <source>Underlined in the editor: repeated instructions (vermillion), filler (orange), whitespace (blue), verbose prose (purple). Hover one for its explanation.</source>
        <translation>Підкреслено в редакторі: повторені інструкції (кіновар), зайві фрази (помаранчевий), пробіли (синій), багатослівна проза (фіолетовий). Наведіть курсор на підкреслення, щоб побачити пояснення.</translation>
    </message>
    <message>
        <source>Click a finding to select it in the editor.</source>
        <translation>Клацніть зауваження, щоб виділити його в редакторі.</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>Перетворення</translation>
    </message>
    <message>
        <source> Shows the diff first.</source>
        <translation> Спершу показує відмінності.</translation>
    </message>
    <message>
        <source>All rewrites…</source>
        <translation>Усі перетворення…</translation>
    </message>
    <message>
        <source>Deduplicate, remove filler, static parts first, collapse whitespace, in that order; shows the diff first.</source>
        <translation>Прибрати повтори інструкцій, прибрати зайві фрази, статичні частини спершу, стиснути пробіли — саме в такому порядку; спершу показує відмінності.</translation>
    </message>
    <message>
        <source>Reset baseline</source>
        <translation>Оновити вихідну версію</translation>
    </message>
    <message>
        <source>Compare later edits with the text as it is now.</source>
        <translation>Порівнювати подальші зміни з текстом у його поточному вигляді.</translation>
    </message>
    <message>
        <source>Add a tokenizer</source>
        <translation>Додати токенізатор</translation>
    </message>
    <message>
        <source>Tokenizers (tokenizer.json *.json *.tiktoken *.gguf);;All files (*)</source>
        <translation>Токенізатори (tokenizer.json *.json *.tiktoken *.gguf);;Усі файли (*)</translation>
    </message>
    <message>
        <source>This text has %1 characters: it is counted, but findings, highlights and rewrites stop at 300,000 characters (use inferometer-cli compress for big files).</source>
        <translation>Цей текст має %1 символів: його підраховано, але зауваження, підсвічування й перетворення обмежуються 300 000 символів (для великих файлів використовуйте inferometer-cli compress).</translation>
    </message>
    <message>
        <source>Built in: %1</source>
        <translation>Вбудований: %1</translation>
    </message>
    <message>
        <source>No price for this model.</source>
        <translation>Для цієї моделі немає ціни.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>Не вдалося завантажити %1: %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; per call · &lt;b&gt;%2&lt;/b&gt; per month (%3 tokens with %4 at %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; за виклик · &lt;b&gt;%2&lt;/b&gt; на місяць (%3 токенів за %4, ціни %5)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Estimate: %1 models count tokens with their own tokenizer; %2 is OpenAI&apos;s, so the count (and the cost) is approximate.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Оцінка: моделі %1 рахують токени власним токенізатором; %2 — токенізатор OpenAI, тож кількість (і вартість) приблизні.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No {{variables}}: all %1 tokens are a static prefix.</source>
        <translation>Немає {{змінних}}: усі токени (%1) — статичний префікс.</translation>
    </message>
    <message>
        <source>Static prefix: %1 tokens, before {{%2}}.</source>
        <translation>Статичний префікс: токенів — %1, перед {{%2}}.</translation>
    </message>
    <message>
        <source>%1 has no cache discount in the catalog.</source>
        <translation>%1 не має в каталозі знижки за кешування.</translation>
    </message>
    <message>
        <source>%1 tokens (%2)</source>
        <translation>токенів: %1 (%2)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>підрахунок…</translation>
    </message>
    <message numerus="yes">
        <source> · %1 characters · %n variable(s)</source>
        <translation>
            <numerusform> · символів: %1 · %n змінна</numerusform>
            <numerusform> · символів: %1 · %n змінні</numerusform>
            <numerusform> · символів: %1 · %n змінних</numerusform>
        </translation>
    </message>
    <message>
        <source>Not analysed: the text is too large.</source>
        <translation>Не проаналізовано: текст завеликий.</translation>
    </message>
    <message>
        <source>%1 repeated · %2 filler · %3 whitespace · %4 verbose%5</source>
        <translation>повтори: %1 · зайві фрази: %2 · пробіли: %3 · багатослівність: %4%5</translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation> (показано перші %1)</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Рядок %1 · %2</translation>
    </message>
    <message>
        <source>%1 → %2 characters.</source>
        <translation>%1 → %2 символів.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2 tokens&lt;/b&gt; (%3): −%4 (%5)</source>
        <translation>&lt;b&gt;%1 → %2 токенів&lt;/b&gt; (%3): −%4 (%5)</translation>
    </message>
    <message>
        <source> · saves &lt;b&gt;%1&lt;/b&gt; per month at %2, %3 requests per day (list input price)</source>
        <translation> · заощаджує &lt;b&gt;%1&lt;/b&gt; на місяць для %2 за %3 запитів на день (прейскурантна ціна вхідних токенів)</translation>
    </message>
    <message>
        <source>No calls in this workspace to measure answers by.</source>
        <translation>У цьому робочому просторі немає викликів, за якими можна виміряти відповіді.</translation>
    </message>
    <message>
        <source>Open a workspace to measure answer lengths.</source>
        <translation>Відкрийте робочий простір, щоб виміряти довжину відповідей.</translation>
    </message>
    <message>
        <source>Measured: %1 tokens per answer over %2 call(s) of %3 in this workspace.</source>
        <translation>Виміряно: %1 токенів на відповідь; викликів %3 у цьому робочому просторі: %2.</translation>
    </message>
    <message>
        <source>Measured: %1 tokens per answer over %2 call(s) of all models in this workspace (none of %3).</source>
        <translation>Виміряно: %1 токенів на відповідь; викликів усіх моделей у цьому робочому просторі: %2 (жодного для %3).</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>відредаговано</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Текст промпту</translation>
    </message>
    <message>
        <source>Token counts per model</source>
        <translation>Кількість токенів за моделями</translation>
    </message>
</context>
<context>
    <name>PromqlPanel</name>
    <message>
        <source>Presets…</source>
        <translation>Шаблони…</translation>
    </message>
    <message>
        <source>%1
Unit: %2</source>
        <translation>%1
Одиниця: %2</translation>
    </message>
    <message>
        <source>PromQL presets for vLLM, TGI, LiteLLM and OpenCost (metric names of formats.md): choosing one puts its PromQL in the query line and runs it.</source>
        <translation>Шаблони PromQL для vLLM, TGI, LiteLLM і OpenCost (назви метрик із formats.md): вибраний шаблон вставляє свій PromQL у рядок запиту й виконує його.</translation>
    </message>
    <message>
        <source>PromQL, e.g. sum by (model_name) (rate(vllm:generation_tokens_total[5m]))</source>
        <translation>PromQL, напр. sum by (model_name) (rate(vllm:generation_tokens_total[5m]))</translation>
    </message>
    <message>
        <source>Any PromQL expression. It is evaluated with /api/v1/query_range over the last 15 minutes at the feed&apos;s interval (at most 300 points) and re-run on every interval; the last %1 queries run are remembered.</source>
        <translation>Будь-який вираз PromQL. Він обчислюється через /api/v1/query_range за останні 15 хвилин з інтервалом потоку (не більше 300 точок) і виконується знову на кожному інтервалі; останні %1 виконаних запитів запам&apos;ятовуються.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Виконати</translation>
    </message>
    <message>
        <source>Connect to a Prometheus server to run PromQL.</source>
        <translation>Підключіться до сервера Prometheus, щоб виконувати PromQL.</translation>
    </message>
    <message>
        <source>PromQL result (last 15 minutes)</source>
        <translation>Результат PromQL (останні 15 хвилин)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Choose a preset or type PromQL, then Run.</source>
        <translation>Оберіть шаблон або введіть PromQL, а потім натисніть «Виконати».</translation>
    </message>
    <message>
        <source>%1 UTC · %2</source>
        <translation>%1 UTC · %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n series, %2 points · answered %3 UTC</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n часовий ряд, точок: %2 · відповідь о %3 UTC</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n часові ряди, точок: %2 · відповідь о %3 UTC</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n часових рядів, точок: %2 · відповідь о %3 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source> · the first %1 drawn</source>
        <translation> · показано перші %1</translation>
    </message>
    <message>
        <source>PromQL query result</source>
        <translation>Результат запиту PromQL</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>RawRowsModel</name>
    <message>
        <source>Line in the file</source>
        <translation>Рядок у файлі</translation>
    </message>
    <message>
        <source>Not mapped: this column is not imported.</source>
        <translation>Не зіставлено: цей стовпець не імпортується.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Читається як %1.</translation>
    </message>
</context>
<context>
    <name>RecordedSessionView</name>
    <message>
        <source>A recorded session: the scrapes of one feed written by Record, without a pause longer than 10 minutes (UTC times).</source>
        <translation>Записаний сеанс: збирання (scrape) одного потоку, записані кнопкою «Записати», без перерви, довшої за 10 хвилин (час в UTC).</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Токенів за секунду</translation>
    </message>
    <message>
        <source>Spend per hour (USD)</source>
        <translation>Витрати за годину (USD)</translation>
    </message>
    <message>
        <source>Tokens/s — recorded: increase of the feed&apos;s prompt + generated token counters (vLLM, TGI, LiteLLM) per second of the scrapes in each interval, restarts counted from zero; logged: all six token buckets of the calls in the interval ÷ its length.
Spend/h — recorded: increase of LiteLLM&apos;s litellm_spend_metric per hour; logged: list cost of the calls in the interval ÷ its length in hours.</source>
        <translation>Токенів/с — записане: приріст лічильників токенів промпту й згенерованих токенів потоку (vLLM, TGI, LiteLLM) за секунду збирань у кожному інтервалі, перезапуски рахуються від нуля; із журналів: усі шість категорій токенів викликів в інтервалі ÷ його тривалість.
Витрати/год — записане: приріст litellm_spend_metric від LiteLLM за годину; із журналів: вартість викликів в інтервалі за прейскурантом ÷ тривалість інтервалу в годинах.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 хвилина</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 хвилин</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 хвилин</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 година</translation>
    </message>
    <message>
        <source>Interval of the comparison, aligned to whole minutes/hours UTC.</source>
        <translation>Інтервал порівняння, вирівняний за цілими хвилинами/годинами UTC.</translation>
    </message>
    <message>
        <source>Logged calls of one cost center only, or of all.</source>
        <translation>Виклики з журналів лише одного центру витрат або всіх.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Сеанс:</translation>
    </message>
    <message>
        <source>per</source>
        <translation>крок:</translation>
    </message>
    <message>
        <source>logs of:</source>
        <translation>журнали:</translation>
    </message>
    <message>
        <source>No recorded sessions yet: press Record while a feed runs.</source>
        <translation>Записаних сеансів ще немає: натисніть «Записати», поки працює потік.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>%1 · %2 – %3 · %L4 scrapes</source>
        <translation>%1 · %2 – %3 · збирань: %L4</translation>
    </message>
    <message>
        <source>All cost centers</source>
        <translation>Усі центри витрат</translation>
    </message>
    <message>
        <source>recorded feed, $/h</source>
        <translation>записаний потік, $/год</translation>
    </message>
    <message>
        <source>recorded feed, tokens/s</source>
        <translation>записаний потік, токенів/с</translation>
    </message>
    <message>
        <source>logged calls, $/h</source>
        <translation>виклики з журналів, $/год</translation>
    </message>
    <message>
        <source>logged calls, tokens/s</source>
        <translation>виклики з журналів, токенів/с</translation>
    </message>
    <message>
        <source>USD per hour</source>
        <translation>USD за годину</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>токенів за секунду</translation>
    </message>
    <message>
        <source>Recorded spend rate vs logged spend, per interval</source>
        <translation>Записаний темп витрат і витрати з журналів за інтервалами</translation>
    </message>
    <message>
        <source>Recorded token rate vs logged tokens, per interval</source>
        <translation>Записаний темп токенів і токени з журналів за інтервалами</translation>
    </message>
    <message>
        <source>This session has no spend counter (litellm_spend_metric): only the logs are drawn.</source>
        <translation>У цьому сеансі немає лічильника витрат (litellm_spend_metric): показано лише дані журналів.</translation>
    </message>
    <message>
        <source>This session has no token counters (vLLM, TGI, LiteLLM): only the logs are drawn.</source>
        <translation>У цьому сеансі немає лічильників токенів (vLLM, TGI, LiteLLM): показано лише дані журналів.</translation>
    </message>
    <message>
        <source>Recorded from %1 (%L2 of %L3 intervals with two scrapes or more) beside the logged calls of the same intervals.</source>
        <translation>Записано з %1 (%L2 з %L3 інтервалів із двома чи більше збираннями) поряд із викликами з журналів за ті самі інтервали.</translation>
    </message>
    <message>
        <source>Recorded and logged sessions</source>
        <translation>Записані сеанси та сеанси з журналів</translation>
    </message>
</context>
<context>
    <name>RewriteDialog</name>
    <message>
        <source>Rewrite preview</source>
        <translation>Попередній перегляд переписаного промпту</translation>
    </message>
    <message>
        <source>Removed text is struck through in red, added text is green; ↵ marks a removed or added line break.</source>
        <translation>Вилучений текст закреслено червоним, доданий текст — зелений; ↵ позначає вилучений або доданий розрив рядка.</translation>
    </message>
    <message>
        <source>Every change, by rule, in the order the rules ran.</source>
        <translation>Кожна зміна за правилами, у порядку, в якому правила виконувалися.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n edit(s)</source>
        <translation>
            <numerusform>%1: %n зміна</numerusform>
            <numerusform>%1: %n зміни</numerusform>
            <numerusform>%1: %n змін</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the prompt is already clean for these rules.</source>
        <translation>Змінювати нічого: для цих правил промпт уже чистий.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>Replace the prompt with the rewritten text as one edit: Ctrl+Z in the editor undoes it.</source>
        <translation>Замінити промпт переписаним текстом як одну зміну: Ctrl+Z у редакторі її скасовує.</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>route %1 to %2</source>
        <translation>спрямувати %1 на %2</translation>
    </message>
    <message>
        <source>cascade via %1, %2 escalate</source>
        <translation>каскад через %1, ескалація %2</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>This workspace (the period chosen, per month)</source>
        <translation>Цей робочий простір (вибраний період, у перерахунку на місяць)</translation>
    </message>
    <message>
        <source>Each class&apos;s spend, tokens, accepted outcomes and corrections (tasks accepted after rework) from the workspace&apos;s calls</source>
        <translation>Витрати, токени, прийняті результати й виправлення (завдання, прийняті після переробки) кожного класу за викликами робочого простору</translation>
    </message>
    <message>
        <source>The article&apos;s case study:</source>
        <translation>Приклад зі статті:</translation>
    </message>
    <message>
        <source>1,000 product descriptions of 500 input and 300 output tokens each</source>
        <translation>1 000 описів товарів, кожен — 500 вхідних і 300 вихідних токенів</translation>
    </message>
    <message>
        <source>The article&apos;s three options for its case study, with their costs and correction rates as it states them</source>
        <translation>Три варіанти зі статті для її прикладу — з вартістю та частками виправлень, як їх наводить стаття</translation>
    </message>
    <message>
        <source>GPT-only ($0.12, 2% corrected)</source>
        <translation>Лише GPT ($0,12, 2 % виправлено)</translation>
    </message>
    <message>
        <source>Hybrid routing ($0.035, 5%)</source>
        <translation>Гібридна маршрутизація ($0,035, 5 %)</translation>
    </message>
    <message>
        <source>Self-hosted SLM ($0.012, 9%)</source>
        <translation>Власне розгорнута SLM ($0,012, 9 %)</translation>
    </message>
    <message>
        <source>The article&apos;s task classes; choose one to edit its plan</source>
        <translation>Класи завдань зі статті; оберіть клас, щоб редагувати його план</translation>
    </message>
    <message>
        <source>The article&apos;s estimate of savings against a frontier model: %1–%2</source>
        <translation>Оцінка економії порівняно з передовою (frontier) моделлю за статтею: %1–%2</translation>
    </message>
    <message>
        <source>Keep on today&apos;s models</source>
        <translation>Залишити на поточних моделях</translation>
    </message>
    <message>
        <source>Route a share to the small model</source>
        <translation>Спрямувати частку на малу модель</translation>
    </message>
    <message>
        <source>Cascade: small model first, escalate</source>
        <translation>Каскад: спершу мала модель, потім ескалація</translation>
    </message>
    <message>
        <source>Routing sends a share of the class straight to the small model. A cascade sends everything to it first and escalates answers below the confidence threshold to today&apos;s model, paying for both.</source>
        <translation>Маршрутизація спрямовує частку класу одразу на малу модель. Каскад спершу надсилає все малій моделі й передає відповіді з упевненістю нижче порога на поточну модель — платити доводиться за обидві.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the class&apos;s work the small model takes</source>
        <translation>Частка роботи класу, яку бере на себе мала модель</translation>
    </message>
    <message>
        <source>Routed share:</source>
        <translation>Спрямована частка:</translation>
    </message>
    <message>
        <source>Answers with a confidence score below this escalate (recorded with the plan)</source>
        <translation>Відповіді з оцінкою впевненості нижче цього значення ескалюються (зберігається разом із планом)</translation>
    </message>
    <message>
        <source>Confidence threshold:</source>
        <translation>Поріг упевненості:</translation>
    </message>
    <message>
        <source>Share of requests whose confidence falls below the threshold; measure it on a sample of the class</source>
        <translation>Частка запитів, упевненість яких нижча за поріг; виміряйте її на вибірці класу</translation>
    </message>
    <message>
        <source>Escalation rate:</source>
        <translation>Частка ескалацій:</translation>
    </message>
    <message>
        <source>A model from the price catalog, or a self-hosted model at the $ per 1M of a saved, priced A/B run</source>
        <translation>Модель із каталогу цін або власно розгорнута модель за ціною в $ за 1 млн зі збереженого A/B-прогону з цінами</translation>
    </message>
    <message>
        <source>Small model:</source>
        <translation>Мала модель:</translation>
    </message>
    <message>
        <source> in</source>
        <translation> вхід</translation>
    </message>
    <message>
        <source>Its input price, USD per 1M tokens</source>
        <translation>Її ціна вхідних токенів, USD за 1 млн токенів</translation>
    </message>
    <message>
        <source> out</source>
        <translation> вихід</translation>
    </message>
    <message>
        <source>Its output price, USD per 1M tokens</source>
        <translation>Її ціна вихідних токенів, USD за 1 млн токенів</translation>
    </message>
    <message>
        <source>Per 1M:</source>
        <translation>За 1 млн:</translation>
    </message>
    <message>
        <source>Share of the small model&apos;s outcomes a human must correct (the article: 5% hybrid, 9% self-hosted SLM)</source>
        <translation>Частка результатів малої моделі, яку має виправити людина (за статтею: 5 % — гібридно, 9 % — власно розгорнута SLM)</translation>
    </message>
    <message>
        <source>Small model corrections:</source>
        <translation>Виправлення малої моделі:</translation>
    </message>
    <message>
        <source> each</source>
        <translation> за виправлення</translation>
    </message>
    <message>
        <source>One human correction in this class: minutes spent × loaded hourly rate (default: 3 minutes at $100 an hour)</source>
        <translation>Одне виправлення людиною в цьому класі: витрачені хвилини × повна погодинна ставка (за замовчуванням: 3 хвилини за ставки $100 на годину)</translation>
    </message>
    <message>
        <source>Correction cost:</source>
        <translation>Вартість виправлення:</translation>
    </message>
    <message>
        <source>Low end of the expected savings</source>
        <translation>Нижня межа очікуваної економії</translation>
    </message>
    <message>
        <source>High end of the expected savings</source>
        <translation>Верхня межа очікуваної економії</translation>
    </message>
    <message>
        <source>Expected savings:</source>
        <translation>Очікувана економія:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workflows by class&lt;/b&gt; (change one to move its calls)</source>
        <translation>&lt;b&gt;Робочі процеси за класами&lt;/b&gt; (змініть клас, щоб перенести виклики процесу)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Робочий процес</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>A task_class tag on the calls, else words in the project, operation or agent, else their tokens; your choice here overrides them</source>
        <translation>Тег task_class у викликах, інакше слова в назві проєкту, операції чи агента, інакше їхні токени; ваш вибір тут має пріоритет</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Результати</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Model savings</source>
        <translation>Економія на моделях</translation>
    </message>
    <message>
        <source>CPSO today</source>
        <translation>CPSO зараз</translation>
    </message>
    <message>
        <source>CPSO projected</source>
        <translation>CPSO за прогнозом</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <source>+ corrections today</source>
        <translation>+ виправлення зараз</translation>
    </message>
    <message>
        <source>+ corrections projected</source>
        <translation>+ виправлення за прогнозом</translation>
    </message>
    <message>
        <source>Task class</source>
        <translation>Клас завдань</translation>
    </message>
    <message>
        <source>What the plan does with the class</source>
        <translation>Що план робить із класом</translation>
    </message>
    <message>
        <source>Accepted outcomes a month</source>
        <translation>Прийняті результати за місяць</translation>
    </message>
    <message>
        <source>Model spend a month on today&apos;s models</source>
        <translation>Витрати на моделі за місяць на поточних моделях</translation>
    </message>
    <message>
        <source>Model spend a month under the plan</source>
        <translation>Витрати на моделі за місяць за планом</translation>
    </message>
    <message>
        <source>1 − projected / today spend (⚠: outside the expected range)</source>
        <translation>1 − прогнозні / поточні витрати (⚠: поза очікуваним діапазоном)</translation>
    </message>
    <message>
        <source>CPSO: model spend / accepted outcomes</source>
        <translation>CPSO: витрати на моделі / прийняті результати</translation>
    </message>
    <message>
        <source>CPSO under the plan</source>
        <translation>CPSO за планом</translation>
    </message>
    <message>
        <source>Share of outcomes a human corrects, today → projected</source>
        <translation>Частка результатів, які виправляє людина, зараз → прогноз</translation>
    </message>
    <message>
        <source>CPSO with corrections: (model spend + corrections × their cost) / outcomes, the cost of an outcome that needs no more work</source>
        <translation>CPSO з виправленнями: (витрати на моделі + виправлення × їхня вартість) / результати — вартість результату, що не потребує подальшої роботи</translation>
    </message>
    <message>
        <source>CPSO with corrections under the plan</source>
        <translation>CPSO з виправленнями за планом</translation>
    </message>
    <message>
        <source>A month: model spend and correction labour, today and planned</source>
        <translation>Місяць: витрати на моделі та праця на виправлення, зараз і за планом</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Маршрутизація</translation>
    </message>
    <message>
        <source>(typed prices)</source>
        <translation>(введені ціни)</translation>
    </message>
    <message>
        <source>self-hosted: %1 (%2 per 1M)</source>
        <translation>власне розгортання: %1 (%2 за 1 млн)</translation>
    </message>
    <message>
        <source>The class of %1&apos;s calls; changing it reads the workspace again</source>
        <translation>Клас викликів %1; після зміни робочий простір зчитується знову</translation>
    </message>
    <message>
        <source>small model</source>
        <translation>мала модель</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Навантаження</translation>
    </message>
    <message>
        <source>this workspace, a month</source>
        <translation>цей робочий простір, місяць</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>введено вручну</translation>
    </message>
    <message>
        <source>%1: spend today → projected</source>
        <translation>%1: витрати зараз → прогноз</translation>
    </message>
    <message>
        <source>Spend a month today</source>
        <translation>Витрати за місяць зараз</translation>
    </message>
    <message>
        <source>Spend a month projected</source>
        <translation>Витрати за місяць за прогнозом</translation>
    </message>
    <message>
        <source>Corrections today</source>
        <translation>Виправлення зараз</translation>
    </message>
    <message>
        <source>Corrections projected</source>
        <translation>Виправлення за прогнозом</translation>
    </message>
    <message>
        <source>Correction labour today</source>
        <translation>Праця на виправлення зараз</translation>
    </message>
    <message>
        <source>Correction labour projected</source>
        <translation>Праця на виправлення за прогнозом</translation>
    </message>
    <message>
        <source>CPSO with corrections today</source>
        <translation>CPSO з виправленнями зараз</translation>
    </message>
    <message>
        <source>CPSO with corrections projected</source>
        <translation>CPSO з виправленнями за прогнозом</translation>
    </message>
    <message>
        <source>Outside the expected %1–%2 for this class: check the plan&apos;s rates</source>
        <translation>Поза очікуваними для цього класу %1–%2: перевірте показники плану</translation>
    </message>
    <message>
        <source>Workflows: %1. Most spend on %2.</source>
        <translation>Робочих процесів: %1. Найбільше витрат припадає на %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>model spend</source>
        <translation>витрати на моделі</translation>
    </message>
    <message>
        <source>correction labour</source>
        <translation>праця на виправлення</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 зараз</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 за планом</translation>
    </message>
    <message>
        <source>Small model input price</source>
        <translation>Ціна вхідних токенів малої моделі</translation>
    </message>
    <message>
        <source>Small model output price</source>
        <translation>Ціна вихідних токенів малої моделі</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>Add rule</source>
        <translation>Додати правило</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>Вилучити %n правило</numerusform>
            <numerusform>Вилучити %n правила</numerusform>
            <numerusform>Вилучити %n правил</numerusform>
        </translation>
    </message>
    <message>
        <source>Move rule</source>
        <translation>Перемістити правило</translation>
    </message>
    <message>
        <source>What to match: api_key, project, model, provider, agent_id, operation, or a source attribute such as workspace_id, tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.service.name.</source>
        <translation>З чим зіставляти: api_key, project, model, provider, agent_id, operation або атрибут джерела, як-от workspace_id, tag:&lt;name&gt;, metadata.&lt;key&gt;, resource.service.name.</translation>
    </message>
    <message>
        <source>A glob, case-insensitive: key_eng_* matches every key that starts with key_eng_; * matches any value.</source>
        <translation>Шаблон glob без урахування регістру: key_eng_* відповідає кожному ключу, що починається з key_eng_; * відповідає будь-якому значенню.</translation>
    </message>
    <message>
        <source>Given to calls the rule matches when their source names no cost center. The first matching rule wins.</source>
        <translation>Призначається викликам, яким відповідає правило, якщо їхнє джерело не вказує центру витрат. Діє перше відповідне правило.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Cost center</source>
        <translation>Центр витрат</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Edit %1 of rule %2</source>
        <translation>Редагувати поле «%1» правила %2</translation>
    </message>
</context>
<context>
    <name>SampleFiles</name>
    <message>
        <source>Canonical JSON Lines</source>
        <translation>Канонічний JSON Lines</translation>
    </message>
    <message>
        <source>Canonical CSV</source>
        <translation>Канонічний CSV</translation>
    </message>
    <message>
        <source>OpenTelemetry traces (OTLP JSON)</source>
        <translation>Трасування OpenTelemetry (OTLP JSON)</translation>
    </message>
    <message>
        <source>Anthropic usage report</source>
        <translation>Звіт Anthropic про використання</translation>
    </message>
    <message>
        <source>Anthropic cost report</source>
        <translation>Звіт Anthropic про витрати</translation>
    </message>
    <message>
        <source>OpenAI usage API</source>
        <translation>OpenAI API використання</translation>
    </message>
    <message>
        <source>OpenAI costs API</source>
        <translation>OpenAI API витрат</translation>
    </message>
    <message>
        <source>OpenAI activity export (CSV)</source>
        <translation>Експорт активності OpenAI (CSV)</translation>
    </message>
    <message>
        <source>OpenAI cost export (CSV)</source>
        <translation>Експорт витрат OpenAI (CSV)</translation>
    </message>
    <message>
        <source>Langfuse observations (JSON)</source>
        <translation>Спостереження Langfuse (JSON)</translation>
    </message>
    <message>
        <source>Langfuse observations (CSV)</source>
        <translation>Спостереження Langfuse (CSV)</translation>
    </message>
    <message>
        <source>LiteLLM spend logs</source>
        <translation>Журнали витрат LiteLLM</translation>
    </message>
    <message>
        <source>LiteLLM daily activity</source>
        <translation>Щоденна активність LiteLLM</translation>
    </message>
    <message>
        <source>FOCUS 1.2 cost and usage (CSV)</source>
        <translation>FOCUS 1.2: витрати й використання (CSV)</translation>
    </message>
</context>
<context>
    <name>SavedPromptsBar</name>
    <message>
        <source>Prompt:</source>
        <translation>Промпт:</translation>
    </message>
    <message>
        <source>Prompts saved in this workspace. Type a new name to save the text under it.</source>
        <translation>Промпти, збережені в цьому робочому просторі. Введіть нову назву, щоб зберегти текст під нею.</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Зберегти версію</translation>
    </message>
    <message>
        <source>Save the text as the newest version of this prompt in the workspace (its history keeps every version; the note says which rewrites were applied).</source>
        <translation>Зберегти текст як найновішу версію цього промпту в робочому просторі (історія зберігає кожну версію; примітка вказує, які переписування було застосовано).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Earlier versions of this prompt; choosing one loads it (Ctrl+Z goes back).</source>
        <translation>Попередні версії цього промпту; вибрана версія завантажується (Ctrl+Z повертає назад).</translation>
    </message>
    <message>
        <source>Open a workspace to save prompts in it.</source>
        <translation>Відкрийте робочий простір, щоб зберігати в ньому промпти.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Жоден робочий простір не відкрито.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системний промпт</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 characters)</source>
        <translation>%1 — %2 (символів: %3)</translation>
    </message>
    <message>
        <source>No saved versions of this prompt yet</source>
        <translation>Збережених версій цього промпту ще немає</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>Scenario:</source>
        <translation>Сценарій:</translation>
    </message>
    <message>
        <source>Scenarios saved in this workspace; choosing one loads its inputs</source>
        <translation>Сценарії, збережені в цьому робочому просторі; вибір сценарію завантажує його вхідні дані</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Зберегти…</translation>
    </message>
    <message>
        <source>Save these inputs in the workspace under a name (Ctrl+S)</source>
        <translation>Зберегти ці вхідні дані в робочому просторі під назвою (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete the chosen saved scenario</source>
        <translation>Видалити вибраний збережений сценарій</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Порівняти…</translation>
    </message>
    <message>
        <source>The saved scenarios side by side with the current inputs, each on this workspace&apos;s data</source>
        <translation>Збережені сценарії поруч із поточними вхідними даними, кожен — на даних цього робочого простору</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Експортувати PDF…</translation>
    </message>
    <message>
        <source>The current scenario&apos;s inputs, results and charts as a PDF</source>
        <translation>Вхідні дані, результати й діаграми поточного сценарію у форматі PDF</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Експортувати CSV…</translation>
    </message>
    <message>
        <source>The current scenario&apos;s inputs and results as CSV (section, item, value)</source>
        <translation>Вхідні дані й результати поточного сценарію у форматі CSV (розділ, пункт, значення)</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation>(немає збережених)</translation>
    </message>
    <message>
        <source>(unsaved)</source>
        <translation>(не збережено)</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>збережено</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>збережено %1</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Зберегти сценарій</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Replace the saved scenario “%1”?</source>
        <translation>Замінити збережений сценарій «%1»?</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Видалити сценарій</translation>
    </message>
    <message>
        <source>Delete the saved scenario “%1”?</source>
        <translation>Видалити збережений сценарій «%1»?</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>видалено %1</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Поточний</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Вхідні дані</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результати</translation>
    </message>
    <message>
        <source>Compare %1 scenarios</source>
        <translation>Порівняння сценаріїв: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Inferometer planner: %1</source>
        <translation>Планувальник Inferometer: %1</translation>
    </message>
    <message>
        <source>%1, exported %2</source>
        <translation>%1, експортовано %2</translation>
    </message>
    <message>
        <source>unsaved scenario</source>
        <translation>незбережений сценарій</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Експортувати PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експортувати CSV</translation>
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
        <translation>Експорт</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>експортовано %1</translation>
    </message>
</context>
<context>
    <name>StackedSpendModel</name>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Rebuilding the workspace&apos;s summaries failed: %1. The file was not changed.</source>
        <translation>Не вдалося перебудувати зведення робочого простору: %1. Файл не змінено.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer Inferometer (schema version %1; this version reads up to %2). Update Inferometer to open it; the file was not changed.</source>
        <translation>Цей робочий простір записано новішою версією Inferometer (версія схеми %1; ця версія читає до %2). Оновіть Inferometer, щоб відкрити його; файл не змінено.</translation>
    </message>
    <message>
        <source>This SQLite file is not an Inferometer workspace; it was not changed.</source>
        <translation>Цей файл SQLite не є робочим простором Inferometer; його не змінено.</translation>
    </message>
    <message>
        <source>This file cannot be read as an Inferometer workspace: %1</source>
        <translation>Цей файл неможливо прочитати як робочий простір Inferometer: %1</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema version %1 failed: %2. The file was not changed.</source>
        <translation>Не вдалося оновити робочий простір до версії схеми %1: %2. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — помилка: %2</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>файл недоступний для запису</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>його тека недоступна для запису</translation>
    </message>
    <message>
        <source>This workspace is open read-only (%1): %2 needs write access.</source>
        <translation>Цей робочий простір відкрито лише для читання (%1): %2 потребує доступу на запис.</translation>
    </message>
    <message>
        <source>The workspace does not exist.</source>
        <translation>Робочий простір не існує.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation>Це тека, а не файл робочого простору.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (libqt6sql6-sqlite).</source>
        <translation>Драйвер SQLite для Qt не встановлено (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Не вдалося відкрити робочий простір: %1</translation>
    </message>
    <message>
        <source>upgrading it to this version&apos;s schema</source>
        <translation>оновлення до схеми цієї версії</translation>
    </message>
    <message>
        <source>The workspace cannot be prepared for writing: %1</source>
        <translation>Не вдалося підготувати робочий простір до запису: %1</translation>
    </message>
</context>
<context>
    <name>Store::Derived</name>
    <message>
        <source>This change would take the workspace&apos;s %1 to %2, past the %3 that Inferometer adds up exactly; it is refused and the workspace is as it was.</source>
        <translation>Ця зміна довела б %1 робочого простору до %2, понад %3, які Inferometer підсумовує точно; її відхилено, робочий простір лишився без змін.</translation>
    </message>
    <message>
        <source>This change would take the workspace&apos;s %1 past the %2 that Inferometer adds up exactly; it is refused and the workspace is as it was.</source>
        <translation>Ця зміна вивела б %1 робочого простору за межу %2, до якої Inferometer підсумовує точно; її відхилено, робочий простір лишився без змін.</translation>
    </message>
</context>
<context>
    <name>TokenCountModel</name>
    <message>
        <source>unavailable</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>Не вдалося завантажити %1: %2</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Токенізатор</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токени</translation>
    </message>
    <message>
        <source>Static prefix</source>
        <translation>Статичний префікс</translation>
    </message>
    <message>
        <source>Chars/token</source>
        <translation>Символів/токен</translation>
    </message>
    <message>
        <source>$ per call</source>
        <translation>$ за виклик</translation>
    </message>
    <message>
        <source>$ per month</source>
        <translation>$ на місяць</translation>
    </message>
    <message>
        <source>The vocabulary that counts: o200k_base (GPT-4o, GPT-4.1, GPT-5, o-series), cl100k_base (GPT-4, GPT-3.5), or a tokenizer.json / GGUF file you added. Other providers&apos; models have their own tokenizers; their counts differ by a few percent.</source>
        <translation>Словник, за яким рахують: o200k_base (GPT-4o, GPT-4.1, GPT-5, серія o), cl100k_base (GPT-4, GPT-3.5) або додані вами файли tokenizer.json чи GGUF. Моделі інших постачальників мають власні токенізатори; їхні підрахунки відрізняються на кілька відсотків.</translation>
    </message>
    <message>
        <source>Exact number of tokens the prompt is encoded to (ordinary text: special-token text counts as text; no BOS/EOS added).</source>
        <translation>Точна кількість токенів, у які кодується промпт (звичайний текст: текст спеціальних токенів рахується як текст; BOS/EOS не додаються).</translation>
    </message>
    <message>
        <source>Tokens before the first {{variable}}: the part that is identical on every call, which a provider can cache. Without variables, the whole prompt.</source>
        <translation>Токени до першої {{variable}}: частина, однакова в кожному виклику, яку постачальник може кешувати. Без змінних — увесь промпт.</translation>
    </message>
    <message>
        <source>Characters of the prompt ÷ its tokens: how densely this tokenizer packs this text.</source>
        <translation>Символи промпту ÷ його токени: наскільки щільно цей токенізатор пакує цей текст.</translation>
    </message>
    <message>
        <source>List cost of one call at the chosen model: tokens × input price + output tokens per call × output price (no caching).</source>
        <translation>Вартість одного виклику вибраної моделі за прейскурантом: токени × ціна вхідних токенів + вихідні токени на виклик × ціна вихідних токенів (без кешування).</translation>
    </message>
    <message>
        <source>$ per call × requests per day × %1 days, summed exactly and rounded once.</source>
        <translation>$ за виклик × запити на день × %1 днів, підсумовано точно й округлено один раз.</translation>
    </message>
</context>
<context>
    <name>Tokenize</name>
    <message>
        <source>merge %1 makes a token that is not in the vocabulary</source>
        <translation>злиття %1 утворює токен, якого немає в словнику</translation>
    </message>
    <message>
        <source>the pre-tokenizer &quot;%1&quot; is not supported (known: default, gpt2, llama-bpe, llama3, qwen2, dbrx, smaug-bpe)</source>
        <translation>претокенізатор &quot;%1&quot; не підтримується (відомі: default, gpt2, llama-bpe, llama3, qwen2, dbrx, smaug-bpe)</translation>
    </message>
    <message>
        <source>merge %1 (&quot;%2&quot;) names a token that is not in the vocabulary</source>
        <translation>злиття %1 (&quot;%2&quot;) посилається на токен, якого немає в словнику</translation>
    </message>
    <message>
        <source>tokenizer model &quot;%1&quot; is not supported (llama and gpt2 are)</source>
        <translation>модель токенізатора &quot;%1&quot; не підтримується (підтримуються llama і gpt2)</translation>
    </message>
    <message>
        <source>unsupported pre-tokenizer: %1</source>
        <translation>непідтримуваний претокенізатор: %1</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>відсутнє або не є об&apos;єктом</translation>
    </message>
    <message>
        <source>no Regex or String</source>
        <translation>немає Regex чи String</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>не рядок</translation>
    </message>
    <message>
        <source>a second regex</source>
        <translation>другий регулярний вираз</translation>
    </message>
    <message>
        <source>no ByteLevel step (not a byte-level BPE)</source>
        <translation>немає кроку ByteLevel (не BPE на рівні байтів)</translation>
    </message>
    <message>
        <source>cannot open the tokenizer file: %1</source>
        <translation>не вдалося відкрити файл токенізатора: %1</translation>
    </message>
    <message>
        <source>the JSON nests more than %1 levels deep here; no tokenizer does, so it is not read</source>
        <translation>JSON тут має вкладеність понад %1 рівнів; жоден токенізатор такого не має, тому файл не читається</translation>
    </message>
    <message>
        <source>not a valid JSON document (truncated?)</source>
        <translation>недійсний документ JSON (обрізаний?)</translation>
    </message>
    <message>
        <source>missing: not a tokenizer.json</source>
        <translation>відсутнє: це не tokenizer.json</translation>
    </message>
    <message>
        <source>only BPE models are supported, this one is %1</source>
        <translation>підтримуються лише моделі BPE, а ця — %1</translation>
    </message>
    <message>
        <source>byte fallback BPE is not supported</source>
        <translation>BPE з байтовим резервом (byte fallback) не підтримується</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>не підтримується</translation>
    </message>
    <message>
        <source>normalizers are not supported (only byte-level BPE without one)</source>
        <translation>нормалізатори не підтримуються (лише BPE на рівні байтів без нормалізатора)</translation>
    </message>
    <message>
        <source>the id is not a valid number</source>
        <translation>ідентифікатор не є допустимим числом</translation>
    </message>
    <message>
        <source>missing or not an array</source>
        <translation>відсутнє або не є масивом</translation>
    </message>
    <message>
        <source>expected &quot;left right&quot;</source>
        <translation>очікувалося &quot;left right&quot;</translation>
    </message>
    <message>
        <source>expected &quot;left right&quot; or [left, right]</source>
        <translation>очікувалося &quot;left right&quot; або [left, right]</translation>
    </message>
    <message>
        <source>a merged token is not in the vocabulary</source>
        <translation>злитого токена немає в словнику</translation>
    </message>
    <message>
        <source>a field has the wrong JSON type: %1</source>
        <translation>поле має неправильний тип JSON: %1</translation>
    </message>
    <message>
        <source>the built-in encoding %1 is not installed (packaging/fetch-data.sh fetches it at set-up time; INFEROMETER_TOKENIZERS_DIR points elsewhere)</source>
        <translation>вбудоване кодування %1 не встановлено (packaging/fetch-data.sh завантажує його під час налаштування; INFEROMETER_TOKENIZERS_DIR вказує в інше місце)</translation>
    </message>
    <message>
        <source>cannot open the encoding file: %1</source>
        <translation>не вдалося відкрити файл кодування: %1</translation>
    </message>
    <message>
        <source>the file is not the official %1 encoding (sha256 %2, expected %3); run packaging/fetch-data.sh again</source>
        <translation>файл не є офіційним кодуванням %1 (sha256 %2, очікувалося %3); запустіть packaging/fetch-data.sh ще раз</translation>
    </message>
    <message>
        <source>no such tokenizer file</source>
        <translation>такого файлу токенізатора немає</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: use %2, gguf:MODEL.gguf, or the path of a .tiktoken, tokenizer.json or .gguf file</source>
        <translation>невідоме кодування &quot;%1&quot;: використовуйте %2, gguf:MODEL.gguf або шлях до файлу .tiktoken, tokenizer.json чи .gguf</translation>
    </message>
    <message>
        <source>pre-tokenizer pattern: %1 at offset %2 of &quot;%3&quot;</source>
        <translation>шаблон претокенізатора: %1 на позиції %2 у &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the vocabulary has no token for byte 0x%1 (&lt;0x%2&gt;)</source>
        <translation>у словнику немає токена для байта 0x%1 (&lt;0x%2&gt;)</translation>
    </message>
    <message>
        <source>counting canceled</source>
        <translation>підрахунок скасовано</translation>
    </message>
    <message>
        <source>the encoding file is empty</source>
        <translation>файл кодування порожній</translation>
    </message>
    <message>
        <source>expected &quot;&lt;base64 token&gt; &lt;rank&gt;&quot;, found no space</source>
        <translation>очікувалося &quot;&lt;base64 token&gt; &lt;rank&gt;&quot;, пробілу не знайдено</translation>
    </message>
    <message>
        <source>the file ends in the middle of a line (truncated?)</source>
        <translation>файл закінчується посеред рядка (обрізаний?)</translation>
    </message>
    <message>
        <source>the token is not valid base64</source>
        <translation>токен не є допустимим base64</translation>
    </message>
    <message>
        <source>the rank is missing</source>
        <translation>ранг відсутній</translation>
    </message>
    <message>
        <source>the rank is not a whole number</source>
        <translation>ранг не є цілим числом</translation>
    </message>
    <message>
        <source>the rank is out of range</source>
        <translation>ранг поза допустимим діапазоном</translation>
    </message>
    <message>
        <source>rank %1 appears twice</source>
        <translation>ранг %1 трапляється двічі</translation>
    </message>
    <message>
        <source>the token of rank %1 appears twice</source>
        <translation>токен із рангом %1 трапляється двічі</translation>
    </message>
    <message>
        <source>the single byte 0x%1 has no rank (truncated or not a byte-level encoding)</source>
        <translation>окремий байт 0x%1 не має рангу (файл обрізаний або це не кодування на рівні байтів)</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>expected a non-negative whole number of tokens, found %1.</source>
        <translation>очікувалося невід&apos;ємне ціле число токенів, знайдено %1.</translation>
    </message>
    <message>
        <source>expected a cost in USD, found %1.</source>
        <translation>очікувалася вартість у USD, знайдено %1.</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>The picture cannot be written here.</source>
        <translation>Не вдалося записати зображення сюди.</translation>
    </message>
    <message>
        <source>Exported from Inferometer</source>
        <translation>Експортовано з Inferometer</translation>
    </message>
    <message>
        <source>The drawing cannot be written here.</source>
        <translation>Не вдалося записати векторне зображення сюди.</translation>
    </message>
    <message>
        <source>Inferometer — %1</source>
        <translation>Inferometer — %1</translation>
    </message>
    <message>
        <source>The PDF cannot be written here.</source>
        <translation>Не вдалося записати PDF сюди.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Зберегти діаграму</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Зберегти діаграму як &amp;PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Зберегти діаграму як &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Векторні зображення SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Експортувати таблицю як &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Експортувати таблицю</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Копіювати як &amp;Markdown</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for the economics of LLM deployments.</source>
        <translation>Робочий інструмент для аналізу економіки розгортань LLM.</translation>
    </message>
    <message>
        <source>Open the demo workspace.</source>
        <translation>Відкрити демонстраційний робочий простір.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation>Після завантаження зберегти PNG вікна й завершити роботу.</translation>
    </message>
    <message>
        <source>Page to show first: overview, prices, attribution, billing, … (an unknown name lists them).</source>
        <translation>Сторінка, яку показати першою: overview, prices, attribution, billing, … (невідома назва виводить їхній список).</translation>
    </message>
    <message>
        <source>Log what the core does (imports, timings) on stderr.</source>
        <translation>Виводити в stderr, що робить ядро (імпорти, тривалість операцій).</translation>
    </message>
    <message>
        <source>Workspace or usage files to open.</source>
        <translation>Робочі простори або файли використання, які слід відкрити.</translation>
    </message>
</context>
</TS>
