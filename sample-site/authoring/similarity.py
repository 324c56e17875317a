"""Jaccard similarity of word 3-shingles between every two Arabic bodies, on a rough match form
(NFKC, no diacritics or tatweel, unified alef, yeh, teh marbuta, Persian letters). Copies should stay
well above 0.5 and unrelated stories near 0; run it after editing an article."""
import re, unicodedata, itertools
from common import load_articles
def match(s):
    s = unicodedata.normalize('NFKC', s)
    s = re.sub('[\u064b-\u0652\u0670\u0640\u200c\u200d\u200e\u200f]', '', s)
    s = re.sub('[آأإٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه').replace('ی', 'ي').replace('ک', 'ك')
    return re.findall(r'\w+', s)
def sh(ws, k=3): return {' '.join(ws[i:i+k]) for i in range(len(ws)-k+1)}
arts = [a for a in load_articles() if a['paragraphs'] and a['language']=='ar']
S = {(a['id'], a['edition']): sh(match(' '.join(a['paragraphs']))) for a in arts}
B = {(a['id'], a['edition']): ' '.join(match('\n'.join(a['paragraphs']))) for a in arts}
rows = []
for x, y in itertools.combinations(S, 2):
    j = len(S[x] & S[y]) / len(S[x] | S[y])
    if j > 0.05: rows.append((j, x, y, B[x] == B[y]))
for r in sorted(rows, reverse=True): print('%.3f %s %s exact=%s' % r)
