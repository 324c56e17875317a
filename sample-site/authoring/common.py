"""Shared pieces of the sample site's authoring scripts: article sources, dates, text transforms.

These scripts are a maintenance tool (Python 3 standard library only): the served files they write are
committed, and neither the build nor the tests run them. Edit an article under articles/, then run
`python3 build.py && python3 check.py && python3 similarity.py` from this folder.
"""
import datetime as dt
import glob
import os
import re
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, 'articles')
OUT = os.path.join(HERE, '..', 'src', 'main', 'resources', 'sample-site')

# ---------------------------------------------------------------- article sources

LIST_FIELDS = {'authors', 'persons', 'places', 'orgs', 'features'}


def parse(path):
    head, body = open(path, encoding='utf-8').read().split('\n---\n', 1)
    a = {'edition': 1}
    for line in head.splitlines():
        key, _, value = line.partition(':')
        value = value.strip()
        if key in LIST_FIELDS:
            a[key] = [v.strip() for v in value.split(';') if v.strip()]
        elif key == 'edition':
            a[key] = int(value)
        else:
            a[key] = value
    a['paragraphs'] = [p.strip() for p in body.strip().split('\n\n') if p.strip()]
    a.setdefault('language', 'ar')
    a.setdefault('summary', '')
    a['file_id'] = os.path.basename(path)[:-4]
    return a


def load_articles():
    arts = [parse(p) for p in sorted(glob.glob(ARTICLES + '/*.txt'))]
    for a in arts:
        a['paragraphs'] = [render_markers(p) for p in a['paragraphs']]
        a['pub'] = None if a.get('published', 'none') == 'none' else dt.datetime.fromisoformat(a['published'])
        a['mod'] = dt.datetime.fromisoformat(a['modified']) if a.get('modified') else None
    return arts


# ---------------------------------------------------------------- text markers

RLM, ZWNJ = '\u200f', '\u200c'
ARABIC_YEH, FARSI_YEH = '\u064a', '\u06cc'
ARABIC_KAF, KEHEH = '\u0643', '\u06a9'
ALEF_MAKSURA = '\u0649'


def render_markers(p):
    p = p.replace('{RLM}', RLM).replace('{ZWNJ}', ZWNJ)
    p = re.sub(r'\{PF\}(.*?)\{/PF\}', lambda m: presentation_forms(m.group(1)), p)
    p = re.sub(r'\{FA\}(.*?)\{/FA\}', lambda m: persian_letters(m.group(1)), p)
    return p


def persian_letters(s):
    """What a Persian keyboard types for Arabic yeh, alef maksura and kaf."""
    return s.replace(ARABIC_YEH, FARSI_YEH).replace(ALEF_MAKSURA, FARSI_YEH).replace(ARABIC_KAF, KEHEH)


RIGHT_JOINING = set('اأإآؤدذرزوة')
DUAL_JOINING = set('بتثجحخسشصضطظعغفقكلمنهيئى')
NAMES = {'ا': 'ALEF', 'أ': 'ALEF WITH HAMZA ABOVE', 'إ': 'ALEF WITH HAMZA BELOW', 'آ': 'ALEF WITH MADDA ABOVE',
         'ؤ': 'WAW WITH HAMZA ABOVE', 'د': 'DAL', 'ذ': 'THAL', 'ر': 'REH', 'ز': 'ZAIN', 'و': 'WAW',
         'ة': 'TEH MARBUTA', 'ب': 'BEH', 'ت': 'TEH', 'ث': 'THEH', 'ج': 'JEEM', 'ح': 'HAH', 'خ': 'KHAH',
         'س': 'SEEN', 'ش': 'SHEEN', 'ص': 'SAD', 'ض': 'DAD', 'ط': 'TAH', 'ظ': 'ZAH', 'ع': 'AIN', 'غ': 'GHAIN',
         'ف': 'FEH', 'ق': 'QAF', 'ك': 'KAF', 'ل': 'LAM', 'م': 'MEEM', 'ن': 'NOON', 'ه': 'HEH', 'ي': 'YEH',
         'ئ': 'YEH WITH HAMZA ABOVE', 'ى': 'ALEF MAKSURA', 'ء': 'HAMZA'}
LAM_ALEF = {'ا': 'LAM WITH ALEF', 'أ': 'LAM WITH ALEF WITH HAMZA ABOVE', 'إ': 'LAM WITH ALEF WITH HAMZA BELOW',
            'آ': 'LAM WITH ALEF WITH MADDA ABOVE'}


def form(ch, name):
    return unicodedata.lookup('ARABIC LETTER %s %s FORM' % (NAMES[ch], name))


def presentation_forms(s):
    """Plain Arabic to the presentation forms a PDF copy-paste gives (logical order), with lam-alef ligatures."""
    out = []
    i = 0
    joins_prev = False  # whether the previous letter connects to this one
    while i < len(s):
        ch = s[i]
        if ch == 'ل' and i + 1 < len(s) and s[i + 1] in LAM_ALEF:
            lig = unicodedata.lookup('ARABIC LIGATURE %s %s FORM' % (LAM_ALEF[s[i + 1]], 'FINAL' if joins_prev else 'ISOLATED'))
            out.append(lig)
            i += 2
            joins_prev = False
            continue
        if ch not in NAMES:
            out.append(ch)
            joins_prev = False
            i += 1
            continue
        nxt = s[i + 1] if i + 1 < len(s) else ''
        joins_next = ch in DUAL_JOINING and ch != 'ى' and (nxt in DUAL_JOINING or nxt in RIGHT_JOINING)
        if ch == 'ء':
            f = form(ch, 'ISOLATED')
        elif joins_prev and joins_next:
            f = form(ch, 'MEDIAL')
        elif joins_prev:
            f = form(ch, 'FINAL')
        elif joins_next:
            f = form(ch, 'INITIAL')
        else:
            f = form(ch, 'ISOLATED')
        out.append(f)
        joins_prev = joins_next
        i += 1
    return ''.join(out)


# ---------------------------------------------------------------- dates

WEEKDAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']
LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول']
EGYPTIAN = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']
MAGHREBI = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']
HIJRI_MONTHS = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة']
# Umm al-Qura, from java.time.chrono.HijrahDate for the days the site covers.
HIJRI = {dt.date(2025, 1, 27): (1446, 7, 27), dt.date(2025, 1, 28): (1446, 7, 28), dt.date(2025, 1, 29): (1446, 7, 29),
         dt.date(2025, 1, 30): (1446, 7, 30), dt.date(2025, 1, 31): (1446, 8, 1), dt.date(2025, 2, 1): (1446, 8, 2),
         dt.date(2025, 2, 2): (1446, 8, 3), dt.date(2025, 2, 3): (1446, 8, 4), dt.date(2025, 2, 4): (1446, 8, 5)}
EASTERN = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')


def eastern(s):
    return s.translate(EASTERN)


def ampm(t):
    h = t.hour % 12 or 12
    return '%02d:%02d %s' % (h, t.minute, 'ص' if t.hour < 12 else 'م')


def hijri(d):
    y, m, day = HIJRI[d]
    return '%d %s %d' % (day, HIJRI_MONTHS[m - 1], y)


def rfc822(t):
    """RFC 822 date as feeds write it, in the time's own offset."""
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s, %02d %s %d %02d:%02d:%02d %s%02d%02d' % (days[t.weekday()], t.day, months[t.month - 1], t.year,
                                                       t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def utc_z(t):
    return t.astimezone(dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


# ---------------------------------------------------------------- HTML and URLs

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def enc(path):
    """A decoded path as a client sends it: UTF-8 percent-encoded."""
    return urllib.parse.quote(path, safe='/-._~')


def file_of(a):
    if a.get('file'):
        return a['file']
    return a['path'][1:] if not a['path'].endswith('/') else a['path'][1:] + 'index.html'


def edition_file(f, edition):
    if edition == 1:
        return f
    stem, dot, ext = f.rpartition('.')
    if not dot or '/' in ext:
        return f + '@%d' % edition
    return '%s@%d.%s' % (stem, edition, ext)


def write(outlet, f, data, encoding='utf-8'):
    path = os.path.join(OUT, outlet, f)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    # Characters a legacy charset lacks (Eastern Arabic digits in windows-1256) become numeric character
    # references, as the browsers of such sites' editors sent them.
    raw = data.encode(encoding, errors='xmlcharrefreplace') if isinstance(data, str) else data
    with open(path, 'wb') as fh:
        fh.write(raw)
