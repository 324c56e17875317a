<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>واحة الأخبار</title>
    <link>{{site}}/</link>
    <description>أخبار المملكة والخليج والعالم</description>
    <language>ar-sa</language>
    <pubDate>Mon, 03 Feb 2025 12:00:00 GMT</pubDate>
    <item>
      <title>زراعة مليون شجرة في المنطقة الشرقية ضمن مبادرة السعودية الخضراء</title>
      <link>{{site}}/environment/2025/02/03/green-initiative-trees-2262.html</link>
      <pubDate>Mon, 03 Feb 2025 05:45:00 GMT</pubDate>
      <category>بيئة</category>
      <description>الدمام – واحة الأخبار: أطلق المركز الوطني لتنمية الغطاء النباتي ومكافحة التصحر حملة لزراعة مليون شجرة في المنطقة الشرقية خلال موسم الشتاء ال...</description>
    </item>
    <item>
      <title>عاجل: انقطاع الكهرباء عن أحياء في</title>
      <link>{{site}}/news/2025/02/02/breaking-2250.html</link>
      <pubDate>Sun, 02 Feb 2025 10:05:00 GMT</pubDate>
      <category>محليات</category>
      <description>الرياض – واحة الأخبار: انقطع التيار الكهربائي ظهر اليوم عن عدد من...</description>
    </item>
    <item>
      <title>عـاجل: إطـلاق الجيـل الخامس المتقدم تجاريًّا في ثلاث مدن خليجية</title>
      <link>{{site}}/tech/2025/02/02/5g-advanced-launch-2247.html?fbclid=IwAR0wahaw06Xk2</link>
      <pubDate>Sun, 02 Feb 2025 08:20:00 GMT</pubDate>
      <category>تقنية</category>
      <description>الرياض – واحة الأخبار: أعلنت شركات اتصالات في ثلاث مدن خليجية، هي الرياض ودبي والدوحة، إطلاق خدمات الجيل الخامس المتقدم (5G-Advanced) تجاريً...</description>
    </item>
    <item>
      <title>مصر: فحص سمع أكثر من مليون طفل حديث الولادة ضمن المبادرة الرئاسية</title>
      <link>{{site}}/health/2025/02/01/hearing-screening-egypt-2236.html</link>
      <pubDate>Sat, 01 Feb 2025 11:10:00 GMT</pubDate>
      <category>صحة</category>
      <description>القاهرة: أعلنَت وزارة الصِّحّة والسكان أن المُبادرة الرِّئاسيّة للكشف المبكر وعلاج ضعف وفقدان السمع لدى الأطفال حديثي الولادة أجرت الفحص لأك...</description>
    </item>
    <item>
      <title>الصحة تدعو الفئات الأكثر عرضة إلى أخذ لقاح الإنفلونزا الموسمية قبل ذروة الشتاء</title>
      <link>{{site}}/health/2025/02/01/flu-vaccine-campaign-2240.html</link>
      <pubDate>Sat, 01 Feb 2025 06:30:00 GMT</pubDate>
      <category>صحة</category>
      <description>الرياض – واحة الأخبار: دعت وزارة الصحة الفئات الأكثر عرضة لمضاعفات الإنفلونزا الموسمية إلى المبادرة بأخذ اللقاح، مع استمرار ارتفاع الإصابات ...</description>
    </item>
    <item>
      <title>افتتاح جامع جديد يتسع لثلاثة آلاف مصلٍّ في حي النرجس بالرياض</title>
      <link>{{site}}/religion/2025/02/01/new-mosque-opening-2238.html</link>
      <category>دين ودنيا</category>
      <description>الرياض – واحة الأخبار: افتُتح في حي النرجس شمال مدينة الرياض جامع جديد يتسع لثلاثة آلاف مصلٍّ، بعد نحو عامين من أعمال البناء، وسط حضور عدد م...</description>
    </item>
    <item>
      <title>الشباب يتجاوز الخليج بثلاثية ويقترب من المربع الذهبي</title>
      <link>{{site}}/sport/2025/01/31/shabab-khaleej-2231.html</link>
      <pubDate>Fri, 31 Jan 2025 19:15:00 GMT</pubDate>
      <category>رياضة</category>
      <description>الرياض – واحة الأخبار: حقق فريق الشباب فوزًا مستحقًا على ضيفه الخليج بثلاثة أهداف مقابل هدف، في المباراة التي جمعتهما مساء اليوم الجمعة ضمن ...</description>
    </item>
    <item>
      <title>سيول جارفة في عسير والدفاع المدني ينقذ عائلات احتجزتها المياه</title>
      <link>{{site}}/news/2025/01/31/asir-floods-2229.html?fbclid=IwAR0wahaw12Xk2</link>
      <pubDate>Fri, 31 Jan 2025 13:40:00 GMT</pubDate>
      <category>محليات</category>
      <description>أبها – واحة الأخبار: تمكنت فرق الدفاع المدني في منطقة عسير من إنقاذ عدد من العائلات التي احتجزتها السيول في أودية ومناطق منخفضة، إثر أمطار غ...</description>
    </item>
    <item>
      <title>المبعوث الأممي إلى اليمن يدعو إلى خفض التصعيد وحماية الاقتصاد من تبعات الصراع</title>
      <link>{{site}}/news/2025/01/30/yemen-envoy-talks-2225.html</link>
      <pubDate>Thu, 30 Jan 2025 17:10:00 GMT</pubDate>
      <category>عربي ودولي</category>
      <description>عدن – واحة الأخبار: دعا المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ الأطراف اليمنية إلى خفض التصعيد العسكري والامتناع ع...</description>
    </item>
    <item>
      <title>أسعار النفط تتراجع للجلسة الثالثة مع ارتفاع المخزونات الأمريكية</title>
      <link>{{site}}/news/2025/01/29/oil-prices-2214.html?fbclid=IwAR0wahaw02Xk2</link>
      <pubDate>Wed, 29 Jan 2025 07:40:00 GMT</pubDate>
      <category>اقتصاد</category>
      <description>الرياض – واحة الأخبار: تراجعت أسعار النفط في تعاملات اليوم الأربعاء للجلسة الثالثة على التوالي، متأثرة بارتفاع المخزونات التجارية من الخام ف...</description>
    </item>
    <item>
      <title>هزة بقوة 4.8 درجات تضرب شرق البحر المتوسط وتثير الذعر في لبنان</title>
      <link>{{site}}/news/2025/01/29/earthquake-mediterranean-2216.html</link>
      <pubDate>Wed, 29 Jan 2025 06:05:00 GMT</pubDate>
      <category>عربي ودولي</category>
      <description>بيروت (النخلة) - ضربت هزة أرضية بلغت قوتها 4.8 درجات على مقياس ريختر منطقة شرق البحر الأبيض المتوسط فجر اليوم الأربعاء، وشعر بها سكان مناطق ...</description>
    </item>
    <item>
      <title>وزراء خارجية مجلس التعاون يعقدون اجتماعًا تشاوريًا في الكويت لبحث المستجدات الإقليمية</title>
      <link>{{site}}/news/2025/01/28/gcc-ministers-kuwait-2207.html</link>
      <pubDate>Tue, 28 Jan 2025 15:30:00 GMT</pubDate>
      <category>خليجيات</category>
      <description>الكويت – واحة الأخبار: عقد وزراء خارجية دول مجلس التعاون لدول الخليج العربية اجتماعًا تشاوريًا في الكويت مساء اليوم الثلاثاء، برئاسة وزير ال...</description>
    </item>
  </channel>
</rss>
