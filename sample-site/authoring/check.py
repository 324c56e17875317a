"""Checks the generated files: feeds and sitemaps are well-formed XML, and every article page of
صدى المشرق has JSON-LD that parses, except the one that is broken on purpose."""
import json, glob, os, re, xml.dom.minidom
from common import OUT
bad = 0
for f in glob.glob(OUT + '/**/*', recursive=True):
    if os.path.isdir(f): continue
    raw = open(f, 'rb').read().replace(b'{{site}}', b'http://127.0.0.1:1')
    if f.endswith(('.xml', '.atom', '.php')):
        try: xml.dom.minidom.parseString(raw)
        except Exception as e: print('XML', f, e); bad += 1
    if '/mashriq/' in f and f.endswith('.html') and 'drafts' not in f and '/index' not in f:
        m = re.search(rb'<script type="application/ld\+json">(.*?)</script>', raw, re.S)
        try: json.loads(m.group(1)); ok = True
        except Exception: ok = False
        if ok == ('jaber' in f): print('JSON-LD', f, ok); bad += 1
print('problems:', bad)
