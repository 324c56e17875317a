"""بوابة الضفتين: a Cairo portal. No article metadata (only Organization and BreadcrumbList JSON-LD and
site-level OpenGraph), so its pages need CSS selectors. Arabic slugs in URLs, Eastern Arabic digits in dates,
an RSS 2.0 feed whose links carry tracking parameters, a print version of every story."""
from common import *

ID = 'diffatayn'
NAME = 'بوابة الضفتين'
SELECTORS = {'title': 'h1.news-title', 'body': '#NewsStory > p:not(.read-also)',
             'date': '.news-info .news-date', 'author': '.news-writer a'}
CANONICAL = {'d01', 'd02', 'd05', 'd07', 'd09'}
WEEKDAYS_EG = ['الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']
TODAY = 'الإثنين، ٣ فبراير ٢٠٢٥'  # the top bar shows the day of the crawl, not of the story
MENU = ['أخبار مصر', 'عربي ودولي', 'اقتصاد', 'رياضة', 'حوادث وقضايا', 'فن وثقافة', 'صحة', 'تكنولوجيا']


def date_text(t):
    return '%s، %s %s %s - %s' % (WEEKDAYS_EG[t.weekday()], eastern(str(t.day)), EGYPTIAN[t.month - 1],
                                  eastern(str(t.year)), eastern(ampm(t)))


def news_id(a):
    return a['file'].rsplit('/', 1)[-1].replace('.html', '')


def ticker(arts):
    heads = [a['title'] for a in listed(arts, 1)][:4]
    return ' &nbsp;•&nbsp; '.join(esc(h) for h in heads)


def menu():
    return ''.join('<li><a href="/section/%d">%s</a></li>' % (i + 1, n) for i, n in enumerate(MENU))


def most_read(a, arts):
    others = [o for o in listed(arts, 1) if o is not a][:5]
    return '\n'.join('          <li><a href="%s">%s</a></li>' % (enc(o['path']), esc(o['title'])) for o in others)


def article_page(a, arts):
    paras = ['<p>%s</p>' % esc(p) for p in a['paragraphs']]
    others = [o for o in listed(arts, 1) if o is not a]
    if len(paras) > 4 and others:
        o = others[len(a['title']) % len(others)]
        paras.insert(3, '<p class="read-also"><strong>اقرأ أيضًا:</strong> <a href="%s">%s</a></p>' % (enc(o['path']), esc(o['title'])))
    canonical = ('<link rel="canonical" href="{{site}}%s">\n' % enc(a['path'])) if a['id'] in CANONICAL else ''
    nid = news_id(a)
    return f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} - {NAME}</title>
<meta name="description" content="{NAME}: أخبار مصر والعالم العربي لحظة بلحظة، رياضة، اقتصاد، حوادث، فن وثقافة">
<meta name="keywords" content="أخبار مصر, أخبار اليوم, عاجل, {esc(a['section'])}">
<meta property="og:site_name" content="{NAME}">
<meta property="og:type" content="website">
<meta property="og:image" content="{{{{site}}}}/images/logo-share.png">
{canonical}<link rel="alternate" type="application/rss+xml" title="{NAME} - أحدث الأخبار" href="{{{{site}}}}/rss/latest.xml">
<link rel="stylesheet" href="/css/bootstrap-rtl.min.css">
<link rel="stylesheet" href="/css/main.css?v=3.2">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Organization","name":"{NAME}","url":"{{{{site}}}}/","logo":"{{{{site}}}}/images/logo.png","sameAs":["https://www.facebook.com/diffatayn.portal"]}}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"الرئيسية","item":"{{{{site}}}}/"}},{{"@type":"ListItem","position":2,"name":"{esc(a['section'])}","item":"{{{{site}}}}/section/{MENU.index(a['section']) + 1}"}}]}}</script>
</head>
<body>
<div id="top-bar"><div class="container"><span class="today">{TODAY}</span> <a href="/contact">اتصل بنا</a> | <a href="/about">من نحن</a></div></div>
<div class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/"><img src="/images/logo.png" alt="{NAME}"></a><ul class="nav navbar-nav">{menu()}</ul></div></div>
<div class="breaking-news"><div class="container"><span class="label">عاجل</span> <div class="ticker">{ticker(arts)}</div></div></div>
<div class="container">
  <div class="row">
    <div class="col-md-8 news-details">
      <div class="news-section"><a href="/section/{MENU.index(a['section']) + 1}">{esc(a['section'])}</a></div>
      <h1 class="news-title">{esc(a['title'])}</h1>
      <div class="news-info">
        <span class="news-writer">كتب: <a href="/writers/{sum(map(ord, a['authors'][0])) % 900 + 100}">{esc(a['authors'][0])}</a></span>
        <span class="news-date">{date_text(a['pub'])}</span>
      </div>
      <div class="news-img"><img src="/images/news/{nid}.jpg" alt="{esc(a['title'])}" class="img-responsive"></div>
      <div id="NewsStory">
        {(chr(10) + '        ').join(paras)}
      </div>
      <div class="news-tags">{''.join('<a href="/tags/%s">%s</a>' % (enc(p), esc(p)) for p in a.get('places', [])[:4])}</div>
      <div class="share-box">شارك: <a class="fb" href="#">فيسبوك</a> <a class="tw" href="#">تويتر</a> <a class="wa" href="#">واتساب</a> <a class="print" href="/print/{nid}">طباعة</a></div>
      <div class="ad-slot ad-728x90"><span>مساحة إعلانية</span></div>
    </div>
    <div class="col-md-4 sidebar">
      <div class="widget most-read">
        <h3>الأكثر قراءة</h3>
        <ol>
{most_read(a, arts)}
        </ol>
      </div>
      <div class="ad-slot ad-300x250"><span>إعلان</span></div>
    </div>
  </div>
</div>
<footer class="footer"><div class="container">جميع الحقوق محفوظة © {NAME} {eastern('2025')} - يُمنع النسخ أو الاقتباس دون ذكر المصدر</div></footer>
<script src="/js/jquery.min.js"></script>
<script src="/js/main.js?v=3.2"></script>
</body>
</html>
'''


def print_page(a):
    paras = '\n'.join('  <p>%s</p>' % esc(p) for p in a['paragraphs'])
    return f'''<html dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}</title>
<style>body{{font-family:"Traditional Arabic",serif;width:700px;margin:auto}} .print-header,.print-footer{{text-align:center;color:#555}}</style>
</head>
<body onload="window.print()">
<div class="print-header"><img src="/images/logo-print.png" alt="{NAME}"></div>
<h2>{esc(a['title'])}</h2>
<div class="print-body">
{paras}
</div>
<div class="print-footer">جميع الحقوق محفوظة لـ{NAME}</div>
</body>
</html>
'''


def listed(arts, edition):
    items = [a for a in arts if a['outlet'] == ID and a['pub'] is not None and a['edition'] <= edition
             and not (edition >= 2 and a['id'] == 'd08')]
    return sorted(items, key=lambda a: a['pub'], reverse=True)


def home(arts, edition):
    items = listed(arts, edition)
    cards = '\n'.join(f'''      <div class="news-card"><a href="{enc(a['path'])}"><img src="/images/news/{news_id(a)}.jpg" alt=""><h3>{esc(a['title'])}</h3></a><span class="date">{date_text(a['pub'])}</span></div>'''
                      for a in items)
    return f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{NAME} - أخبار مصر والعالم لحظة بلحظة</title>
<meta name="description" content="{NAME}: أخبار مصر والعالم العربي لحظة بلحظة، رياضة، اقتصاد، حوادث، فن وثقافة">
<link rel="alternate" type="application/rss+xml" title="{NAME} - أحدث الأخبار" href="{{{{site}}}}/rss/latest.xml">
<link rel="stylesheet" href="/css/main.css?v=3.2">
</head>
<body>
<div class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/"><img src="/images/logo.png" alt="{NAME}"></a><ul class="nav navbar-nav">{menu()}</ul></div></div>
<div class="container">
  <h2 class="block-title">أحدث الأخبار</h2>
  <div class="news-grid">
{cards}
  </div>
</div>
<footer class="footer"><div class="container">جميع الحقوق محفوظة © {NAME} {eastern('2025')}</div></footer>
</body>
</html>
'''


def tracked(a):
    """The link as the feed gives it: raw Arabic slug plus campaign parameters."""
    q = 'utm_source=rss&utm_medium=feed&utm_campaign=latest_news'
    if a['id'] in ('d04', 'd09'):
        q += '&fbclid=IwZXh0bgNhZW0CMTEAAR2diffatayn'
    return '{{site}}' + esc(a['path']) + '?' + esc(q)


def rss(arts, edition, built):
    items = []
    for a in listed(arts, edition):
        lead = esc(a['paragraphs'][0][:160])
        items.append(f'''<item>
<title><![CDATA[{a['title']}]]></title>
<link>{tracked(a)}</link>
<guid isPermaLink="false">diffatayn-{news_id(a)}</guid>
<pubDate>{rfc822(a['pub'])}</pubDate>
<category><![CDATA[{a['section']}]]></category>
<description><![CDATA[<img src="{{{{site}}}}/images/news/{news_id(a)}.jpg" /><p>{lead}…</p>]]></description>
<enclosure url="{{{{site}}}}/images/news/{news_id(a)}.jpg" type="image/jpeg" length="0"/>
</item>''')
    return f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>{NAME} - أحدث الأخبار</title>
<link>{{{{site}}}}/</link>
<description>أحدث أخبار مصر والعالم العربي</description>
<language>ar-eg</language>
<lastBuildDate>{rfc822(built)}</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
'''


def sitemap(arts, print_pages):
    rows = []
    for a in sorted([a for a in arts if a['outlet'] == ID and a['pub'] is not None], key=lambda a: a['pub']):
        rows.append('<url><loc>{{site}}%s</loc><lastmod>%s</lastmod><changefreq>never</changefreq></url>'
                    % (enc(a['path']), a['pub'].isoformat()))
    for p in print_pages:
        rows.append('<url><loc>{{site}}%s</loc><changefreq>never</changefreq></url>' % enc(p['path']))
    return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n' % '\n'.join(rows)


ROBOTS = '''User-agent: *
Disallow: /admin/
Disallow: /search?
Disallow: /ajax/

Sitemap: {{site}}/sitemap.xml
'''
