"""واحة الأخبار: a Gulf portal on a CMS from the 2000s. windows-1256 pages, table layout, no metadata at
all: only a generic main-content extractor gets the story out from among the menu, ticker, related links,
share bar, ads and readers' comments. Dates in Gulf month names with the Hijri date, no zone."""
from common import *

ID = 'waha'
NAME = 'واحة الأخبار'
MENU = ['الرئيسية', 'محليات', 'خليجيات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'صحة', 'تقنية', 'بيئة', 'دين ودنيا']
COMMENTS = {
    'default': [('أبو فيصل', 'الله يعطيكم العافية على هالتغطية، دايم سباقين بالخبر.'),
                ('متابع من جدة', 'ليت الجريدة تنشر تفاصيل أكثر وتتابع الموضوع لين يخلص، مو بس خبر وينتهي.'),
                ('سارة', 'شكرًا على الخبر، الله يحفظ بلادنا وأهلها من كل شر.')],
    'sport': [('شبابي للأبد', 'ما شاء الله أداء رهيب اليوم، والمدرب عرف يقرأ المباراة صح.'),
              ('خليجاوي', 'الحكم ظلمنا بالبلنتي، لكن الموسم طويل وراجعين إن شاء الله.'),
              ('أبو نايف', 'العنزي نجم المباراة بلا منازع، يستاهل مكان في المنتخب.')],
    'health': [('أم عبدالله', 'أخذت اللقاح أنا وعيالي الأسبوع اللي فات، والحجز من التطبيق كان سهل.'),
               ('ممرض سابق', 'معلومات مفيدة، والأهم أن الناس ما تأخر الكشف على الأطفال.'),
               ('زائر', 'جزاكم الله خير على التوعية.')],
}


def date_text(t):
    return '%s %d %s %dم الموافق %sهـ - %s' % (WEEKDAYS[t.weekday()], t.day, EGYPTIAN[t.month - 1], t.year,
                                            hijri(t.date()), ampm(t))


def hijri_only_text(t):
    y, m, d = HIJRI[t.date()]
    return '%s %s %s %sهـ' % (WEEKDAYS[t.weekday()], eastern(str(d)), HIJRI_MONTHS[m - 1], eastern(str(y)))


def shown_date(a):
    return hijri_only_text(a['pub']) if 'hijri_only_date' in a['features'] else date_text(a['pub'])


def menu():
    return ' | '.join('<a href="/%s">%s</a>' % ('' if i == 0 else 'cat.php?id=%d' % i, n) for i, n in enumerate(MENU))


def listed(arts):
    return sorted([a for a in arts if a['outlet'] == ID], key=lambda a: a['pub'], reverse=True)


def ticker(arts):
    return ' &nbsp;&nbsp;&bull;&nbsp;&nbsp; '.join(
        '<a href="%s">%s</a>' % (enc(a['path']), esc(a['title'])) for a in listed(arts)[:4] if 'broken_html' not in a['features'])


def related_box(a, arts):
    others = [o for o in listed(arts) if o is not a and 'broken_html' not in o['features']][:5]
    return '\n'.join('<li><a href="%s">%s</a></li>' % (enc(o['path']), esc(o['title'])) for o in others)


def comments(a):
    key = {'sport': 'sport', 'health': 'health'}.get(a['topic'], 'default')
    rows = []
    for i, (who, text) in enumerate(COMMENTS[key]):
        rows.append('<div class="comment"><div class="cname">%s <span class="ctime">منذ %d ساعات</span></div>'
                    '<div class="ctext">%s</div></div>' % (esc(who), i * 2 + 3, esc(text)))
    return '\n'.join(rows)


HEAD_FILLER = '''<style type="text/css">
body{margin:0;padding:0;background:#f3efe6;font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#222}
a{color:#0b4d7a;text-decoration:none}a:hover{color:#c0392b;text-decoration:underline}
#header{background:#0b4d7a;height:90px;border-bottom:4px solid #d9a441}#header img{margin:12px 20px}
#menu{background:#083a5c;padding:8px 12px;color:#fff;font-weight:bold}#menu a{color:#fff;margin:0 6px}
#ticker{background:#fff8e1;border:1px solid #e5d3a1;padding:6px 10px;margin:8px 0;white-space:nowrap;overflow:hidden}
#ticker b{color:#c0392b;margin-left:8px}
.maincol{background:#fff;padding:12px;border:1px solid #ddd}.sidecol{padding:0 10px}
.path{font-size:11px;color:#777;margin-bottom:8px}.ntitle{font-size:20px;font-weight:bold;color:#0b4d7a;line-height:1.5}
.ninfo{font-size:11px;color:#888;border-bottom:1px dotted #ccc;padding:4px 0 8px;margin-bottom:10px}
.ntext{font-size:15px;line-height:2;text-align:justify}.nimg img{max-width:560px;border:1px solid #ccc;padding:3px}
.share{background:#f7f7f7;border:1px solid #e5e5e5;padding:6px;margin:12px 0;font-size:12px}
.adv{text-align:center;color:#aaa;font-size:10px;margin:10px 0}.adv img{border:0}
.box{border:1px solid #ddd;background:#fff;margin-bottom:10px}.boxtitle{background:#d9a441;color:#fff;padding:5px 8px;font-weight:bold}
.box ul{margin:0;padding:8px 22px 8px 8px}.box li{margin-bottom:6px;line-height:1.6}
.comments{margin-top:14px}.ctitle{font-weight:bold;color:#0b4d7a;border-bottom:2px solid #d9a441;padding-bottom:4px}
.comment{border-bottom:1px dotted #ccc;padding:6px 0}.cname{font-weight:bold;color:#555}.ctime{font-weight:normal;color:#999;font-size:10px}
#footer{background:#083a5c;color:#cfd8dc;text-align:center;padding:14px;font-size:11px;margin-top:14px}
</style>
<script type="text/javascript">
var _siteStats = _siteStats || [];
_siteStats.push(['setAccount', 'WAHA-000731']);
_siteStats.push(['trackPageview']);
(function(){var s=document.createElement('script');s.async=true;s.src='/js/stats.js';document.getElementsByTagName('head')[0].appendChild(s);})();
function addFav(){try{window.external.AddFavorite(location.href,document.title);}catch(e){alert('اضغط Ctrl+D لإضافة الموقع إلى المفضلة');}}
</script>
'''


def byline(a):
    people = a['display_authors']
    return 'كتب: %s &nbsp;|&nbsp; ' % esc('، '.join(people)) if people else ''


def article_page(a, arts):
    meta_only = 'charset_only_in_meta' in a['features']
    broken = 'broken_html' in a['features']
    charset_early = '' if meta_only else '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">\n'
    charset_late = '<meta charset="windows-1256">\n' if meta_only else ''
    body = '<br><br>\n'.join(esc(p) for p in a['paragraphs'])
    source = ''
    if a['outcome'].startswith('exact_copy_of'):
        # The credit links to the other outlet's live URL: a {{site:ID}} placeholder.
        original = a['outcome'].split(':', 1)[1]
        source = '<div class="nsource">المصدر: <a href="{{site:diffatayn}}%s">بوابة الضفتين</a></div>\n' % enc(original)
    section_id = MENU.index(a['section'])
    head = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl">
<head>
{charset_early}<title>{NAME} :: {esc(a['title'])}</title>
<meta name="keywords" content="أخبار, الخليج, السعودية, {esc(a['section'])}">
<link rel="alternate" type="application/rss+xml" title="{NAME}" href="/rss.php">
<link href="/css/style.css" rel="stylesheet" type="text/css">
{HEAD_FILLER}{charset_late}</head>
<body>
<div id="header"><a href="/"><img src="/images/logo.gif" alt="{NAME}" border="0"></a> <a href="javascript:addFav()">أضف للمفضلة</a></div>
<div id="menu">{menu()}</div>
<div id="ticker"><b>عاجل:</b> {ticker(arts)}</div>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" class="maincol">
<div class="path"><a href="/">الرئيسية</a> &raquo; <a href="/cat.php?id={section_id}">{esc(a['section'])}</a></div>
<div class="ntitle">{esc(a['title'])}</div>
<div class="ninfo">{byline(a)}نشر في: {shown_date(a)} &nbsp;|&nbsp; عدد القراءات: {sum(map(ord, a['title'])) % 4000 + 312}</div>
<div class="nimg"><img src="/upload/news/{a['path'].rsplit('-', 1)[-1][:-5]}.jpg" alt=""></div>
<div class="ntext">'''
    if broken:
        # The response stops mid-story, in the middle of the next tag.
        return head + body + '\n<div cla'
    return head + f'''{body}</div>
{source}<div class="share">شارك الخبر: <a href="#">فيسبوك</a> | <a href="#">تويتر</a> | <a href="#">واتساب</a> | <a href="javascript:window.print()">طباعة</a> | <a href="#">أرسل لصديق</a></div>
<div class="adv">إعلان<br><a href="#"><img src="/banners/bank-468x60.gif" width="468" height="60" alt="إعلان"></a></div>
<div class="box"><div class="boxtitle">أخبار ذات صلة</div><ul>
{related_box(a, arts)}
</ul></div>
<div class="comments"><div class="ctitle">تعليقات القراء (3)</div>
{comments(a)}
<form action="/comment.php" method="post">أضف تعليقك:<br><input type="text" name="name" value="الاسم"><br><textarea name="comment" rows="4" cols="50"></textarea><br><input type="submit" value="إرسال"></form>
<div class="note">التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي {NAME}.</div>
</div>
</td>
<td valign="top" width="200" class="sidecol">
<div class="box"><div class="boxtitle">الأكثر قراءة</div><ul>
{related_box(a, arts)}
</ul></div>
<div class="adv">إعلان<br><img src="/banners/telecom-180x300.gif" width="180" height="300" alt=""></div>
<div class="box"><div class="boxtitle">استفتاء</div><p>هل تتابع الأخبار عبر تطبيقات الهاتف؟</p><input type="radio" name="p"> نعم<br><input type="radio" name="p"> لا</div>
</td>
</tr></table>
<div id="footer">جميع الحقوق محفوظة &copy; {NAME} 2005 - 2025<br>{NAME} صحيفة إلكترونية تهتم بأخبار المملكة ودول الخليج والعالم العربي. المواد المنشورة لا يجوز نقلها دون إذن.</div>
</body>
</html>
'''


def home(arts):
    rows = '\n'.join('<tr><td class="hdate">%s</td><td><a href="%s">%s</a></td></tr>' % (esc(shown_date(a)), enc(a['path']), esc(a['title']))
                     for a in listed(arts) if 'broken_html' not in a['features'])
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{NAME} :: الصفحة الرئيسية</title>
<link rel="alternate" type="application/rss+xml" title="{NAME}" href="/rss.php">
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="header"><a href="/"><img src="/images/logo.gif" alt="{NAME}" border="0"></a></div>
<div id="menu">{menu()}</div>
<table width="980" align="center"><tr><td class="maincol">
<div class="boxtitle">آخر الأخبار</div>
<table width="100%">
{rows}
</table>
</td></tr></table>
<div id="footer">جميع الحقوق محفوظة &copy; {NAME} 2005 - 2025</div>
</body>
</html>
'''


def rss(arts, built):
    items = []
    for a in listed(arts):
        link = '{{site}}' + enc(a['path'])
        if a['id'] in ('w02', 'w06', 'w12'):
            link += '?fbclid=IwAR0waha' + a['id'] + 'Xk2'
        pub = '' if 'hijri_only_date' in a['features'] else '\n      <pubDate>%s</pubDate>' % rfc822(a['pub'].astimezone(dt.timezone.utc)).replace('+0000', 'GMT')
        items.append(f'''    <item>
      <title>{esc(a['title'])}</title>
      <link>{esc(link)}</link>{pub}
      <category>{esc(a['section'])}</category>
      <description>{esc(a['paragraphs'][0][:140])}...</description>
    </item>''')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{NAME}</title>
    <link>{{{{site}}}}/</link>
    <description>أخبار المملكة والخليج والعالم</description>
    <language>ar-sa</language>
    <pubDate>{rfc822(built.astimezone(dt.timezone.utc)).replace('+0000', 'GMT')}</pubDate>
{chr(10).join(items)}
  </channel>
</rss>
'''


def sitemap(arts):
    rows = '\n'.join('<url><loc>{{site}}%s</loc></url>' % enc(a['path']) for a in reversed(listed(arts)))
    return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n' % rows


ROBOTS = '''User-agent: *
Disallow: /admin/
Disallow: /cgi-bin/
Disallow: /comment.php

Sitemap: {{site}}/sitemap.xml
'''
