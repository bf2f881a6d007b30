"""Names of Qing edicts, memorials and Mongol histories that no post or surname marks (session 23, s23zhname).

- A person an edict or a memorial names by its verbs alone. The Veritable Records (实录) and the vermilion-
  rescript collections write the officials they order, quote and charge without their posts, most of them
  Manchu and Mongol given names that no surname list knows (甲乙 for a made-up name below):
  `据甲乙奏` / `据甲乙等奏称` / `据甲乙现奏` (a report), `著甲乙即…` / `著传谕甲乙、…` / `着派甲乙…` (an
  order: the name closed by 、 or by an adverb or verb of the order: 即 仍 速 迅 务 会同 查明 等 …),
  `传谕` / `谕令` / `饬令` / `札饬` / `责之` / `告知` / `责成` / `会同` + name (a charge, a colleague), each name continued by
  the list the record writes with 、 (`札饬甲乙、丙丁、戊己、先后驰往`). An office word before the name is
  left out (`据御史甲乙奏` → 甲乙). The name is 2-5 characters and passes the late-Qing post reader's test
  (officer_foreign_names_zh.name_ok: no function, echelon or place character, no plain word, no province), opens
  with no adverb of an order (速行, 即行, 仍遵: no name), is no known place, holds no office word and ends
  with no office or place head (都察院, 该部); its first two characters are no common word (先后驰往).
  The record's lists of officials write each name after its post and close it with 、 (`知府甲乙、自出家财`,
  `县丞甲乙、巡检丙丁、`): a Qing civil or military post or degree (清史稿 职官志 / 选举志: 知府 同知 知县 县丞
  巡检 典史 千总 把总 外委 贡生 监生 举人 …) + a name of 2-4 characters + 、 is the same PERSON.
  A commander the record names by his army after a verb of ordering or 的 (`将甲乙丙一军`, `调甲乙丙各营`, `湘军的甲乙一军`: a surname-led
  Chinese name read by the name reader before 一军 / 全军 / 一营 / 各营) is the same PERSON.
  Each name so read is PERSON at every place of the text.
- A Mongol, Oirat or Tibetan personal name in the Qing transcription, read from the morphemes such names
  are made of (a general lexicon of their standard Chinese transcriptions: Rabtan 阿拉布坦/喇布坦, Dorji
  多尔济, Jab 扎布/札布, Danzin 丹津, Tsering 策凌/策楞/策零/车凌, Tsewang 策旺/策妄, Sonom 索诺木, Gombo
  衮布, Baatur 巴图尔, Khong Tayiji 珲台吉, Namjal 那木扎勒/纳木扎勒, Dondob 敦多布, Sebten 色布腾, Lobsang
  罗卜藏, Erdeni 额尔德尼, Galdan 噶尔丹, Sengge 僧格, Wangjal 旺扎勒, Ombo 鄂木布, Khoshuuchi 和硕齐,
  Temür 特穆尔): the run of transliteration characters around such a morpheme (`甲策凌` → the whole run),
  not followed by the word of a tribe, banner or place (部, 旗, 盟, 汗国, 河, 山 …) nor by 之乱/之役 (the
  event), no known place. A long name's first morpheme alone elsewhere (策旺 after 策旺阿拉布坦) is the same
  person.

- A rising named after its leader (`噶尔丹之乱`, `甲乙丙之变`): a known person, a Mongol name read here or a
  surname-led name the name reader ends right before 之乱 / 之变 — the name and the word are one EVENT.

PERSON at priority 33 (between the name finders' 32 and the Qing post reader's 34); the EVENT at 36, over the
person lexicon's 35.
Cost: str.find of the frame words and of the morphemes; a regex match at each place found.
Every frame word, post and morpheme is written Simplified only: the finder reads the working text, which a
Traditional page reaches through OpenCC t2s.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import translit_chars, everywhere, is_common_word, known_places, person_forms, surnames
from pipeline.rules.names_common import plain_word as _plain
from pipeline.rules.officer_foreign_names_zh import NAME_NOT, name_ok
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-edict", 33
SOURCE_EVENT, PRIORITY_EVENT = "rule:event-named-rising", 36   # over the person lexicon's 35
_CJK = "\u4e00-\u9fff"
_NAME = f"([{_CJK}]{{2,5}}?)"
# what closes an ordered name: the list mark, 等, and the adverbs and verbs of an order
_CLOSE = ("、|等|即|仍|速|迅|务|妥|酌|会同|查明|先行|再行|亲|前往|驰赴|带领|督|就近|随时|"
          "一体|统|严|确|详|知之|遵")
_REPORTED_RE = re.compile(f"据{_NAME}(?:等)?(?:奏|覆奏|具奏|现奏|咨称|禀称|咨报|禀报)")
_ORDERED_RE = re.compile(f"(?:著|着)(?:传谕|派|交|令|饬)?{_NAME}(?={_CLOSE})")
_CHARGED_RE = re.compile(f"(?:传谕|谕令|饬令|札饬|责之|告知|责成|谕知|会同){_NAME}"
                         f"(?={_CLOSE}|[。；，])")
# the civil and military posts and the degrees of the Qing (清史稿·职官志, 选举志) a record writes right before a name
# closed by 、 (知府甲乙、自出家财; 县丞甲乙、巡检丙丁、): the posts post_persons reads itself are not repeated
_LISTED_POSTS = ("协办大学士|大学士|尚书|左都御史|御史|给事中|学政|布政使|按察使|道员|知府|同知|通判|知州|州同|州判|知县|县丞|"
                 "主簿|典史|巡检|教谕|训导|员外郎|郎中|笔帖式|编修|千总|把总|外委|骁骑校|领催|侍卫|贡生|监生|生员|举人|进士|"
                 "廪生|武生")
_LISTED_RE = re.compile(f"(?:{_LISTED_POSTS})([{_CJK}]{{2,4}}?)(?=、)")
_NEXT_RE = re.compile(f"、{_NAME}(?=、|等|[。；，,])")
_ORDER_AT = set("。，、；：○\n ")       # 著 opens an order after a clause mark (著名, 显著: no order)
_ADVERB_FIRST = frozenset("速即迅仍亦务均俱暂酌妥随就先再著着该各知")
_OFFICES = ("御史", "大学士", "学士", "尚书", "侍郎", "总督", "巡抚", "将军", "副都统", "都统", "提督", "总兵",
            "布政使", "按察使", "学政", "知府", "知县", "道员", "参赞大臣", "办事大臣", "领队大臣", "钦差大臣",
            "大臣", "侍卫", "郡王", "亲王", "贝勒", "贝子", "额驸", "提督")
_OFFICE_ENDS = frozenset("院部司处局府厅署营省县州城镇衙旗盟")


def _office_stripped(name: str) -> str:
    for office in _OFFICES:
        if name.startswith(office):
            return name[len(office):]
    return name


def _edict_name_ok(name: str) -> bool:
    if len(name) < 2 or name[0] in _ADVERB_FIRST or name[-1] in _OFFICE_ENDS:
        return False
    if any(office in name for office in _OFFICES) or name in known_places():
        return False
    if is_common_word(name[:2], 50):
        return False
    if len(name) <= 3 and name[0] in surnames()[0] and name[0] in NAME_NOT:
        # 马甲乙: a surname that is also a troop or place character (马, 左, 年) opens the name
        return not any(ch in NAME_NOT for ch in name[1:]) and not _plain(name, 200)
    return name_ok(name)


def _edict_names(text: str) -> set[str]:
    names: set[str] = set()
    for pattern in (_REPORTED_RE, _ORDERED_RE, _CHARGED_RE, _LISTED_RE):
        for m in literal_finditer(pattern, text):
            if pattern is _ORDERED_RE and m.start() and text[m.start() - 1] not in _ORDER_AT \
                    and m.group(1) == text[m.start() + 1:m.end()]:
                continue        # 著 inside a word (著名, 显著) and no verb of ordering after it
            name = _office_stripped(m.group(1))
            if _edict_name_ok(name):
                names.add(name)
            elif name not in person_forms():
                continue        # (a known person, 和春, may open the list a character test refuses)
            nxt = _NEXT_RE.match(text, m.end(1)) if pattern is not _LISTED_RE else None
            while nxt is not None and _edict_name_ok(nxt.group(1)):
                names.add(nxt.group(1))
                nxt = _NEXT_RE.match(text, nxt.end(1))
    return names


_MORPHEMES = ("阿拉布坦", "阿喇布坦", "喇布坦", "拉布坦", "多尔济", "扎布", "札布", "丹津", "策凌", "策楞",
              "策零", "策棱", "车凌", "策旺", "策妄", "索诺木", "衮布", "巴图尔", "珲台吉", "那木扎勒", "纳木扎勒",
              "敦多布", "色布腾", "罗卜藏", "额尔德尼", "噶尔丹", "僧格", "旺扎勒", "鄂木布", "和硕齐", "特穆尔")
_LEADS = ("策旺", "策妄", "噶尔丹", "罗卜藏", "索诺木")
# characters of the names' other syllables that the shared transliteration list lacks
_SYLLABLES = frozenset("".join(_MORPHEMES) + "卓绰鄂额噶珲硕齐僧车臣济札沁穆哲吉")
_NOT_RUN = frozenset("和与及同之的")
# what follows a tribe's, a banner's or a place's name, or an event's
_NOT_AFTER = ("部", "旗", "汗河", "汗部", "盟", "汗国", "河", "山", "湖", "淖尔", "城", "之乱", "之役", "地区",
              "草原", "台吉")


def _run_chars() -> frozenset[str]:
    return (translit_chars() | _SYLLABLES) - _NOT_RUN


def _mongol_names(text: str) -> set[str]:
    names: set[str] = set()
    chars = None
    for morpheme in _MORPHEMES:
        at = text.find(morpheme)
        while at != -1:
            if chars is None:
                chars = _run_chars()
            start, end = at, at + len(morpheme)
            while start > 0 and end - start < 10 and text[start - 1] in chars:
                start -= 1
            while end < len(text) and end - start < 10 and text[end] in chars:
                end += 1
            while start < at and is_common_word(text[start:start + 2], 100):
                start += 1          # 统治|策某: a word before the name is no syllable of it
            name = text[start:end]
            if not text.startswith(_NOT_AFTER, end) and name not in known_places() and 2 <= len(name) <= 10:
                names.add(name)
            at = text.find(morpheme, at + len(morpheme))
    for name in list(names):
        for lead in _LEADS:
            if len(name) > len(lead) + 1 and name.startswith(lead):
                names.add(lead)     # 策旺 after 策旺阿拉布坦: the long name's first morpheme alone
    return names


_ARMY_OF = ("一军", "全军", "一营", "各营")
_ARMY_VERBS = frozenset("将以调饬令派檄与和及、催的")


def _army_owners(text: str) -> set[str]:
    """将甲乙丙一军, 调甲乙丙各营: a commander named by his army (Qing records); a surname-led Chinese name."""
    from pipeline.rules.person_name_ends import chinese_name_end
    names: set[str] = set()
    for word in _ARMY_OF:
        at = text.find(word)
        while at != -1:
            for size in (3, 2):
                start = at - size
                if start >= 1 and text[start - 1] in _ARMY_VERBS and chinese_name_end(text, start) in (at, at + 1) \
                        and text[start:at] not in known_places():
                    names.add(text[start:at])
                    break
            at = text.find(word, at + len(word))
    return names


_REBELLIONS = ("之乱", "之变")


def _named_rebellions(text: str, mongol: set[str]) -> list[Candidate]:
    """噶尔丹之乱, 吴三桂之乱: a rising named after its leader (a known person, a surname-led name the name reader
    reads up to 之, or a Mongol name read here) is one EVENT over the name (guideline: named historical events)."""
    from pipeline.rules.person_name_ends import chinese_name_end
    out: list[Candidate] = []
    for word in _REBELLIONS:
        at = text.find(word)
        while at != -1:
            for size in (5, 4, 3, 2):
                start = at - size
                if start < 0:
                    continue
                name = text[start:at]
                if name in person_forms() or name in mongol or size <= 3 and chinese_name_end(text, start) == at:
                    out.append(Candidate(start, at + len(word), "EVENT", SOURCE_EVENT, PRIORITY_EVENT))
                    break
            at = text.find(word, at + len(word))
    return out


def find_edict_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc (and the risings named after a person: EVENT)."""
    edict, mongol = _edict_names(text) | _army_owners(text), _mongol_names(text)
    out = everywhere(text, edict - mongol, SOURCE, PRIORITY) if edict else []
    if mongol:
        chars = _run_chars()
        out += [c for c in everywhere(text, mongol, SOURCE, PRIORITY)
                if not (c.end < len(text) and text[c.end] in chars) and not (c.start and text[c.start - 1] in chars)]
    if "之乱" in text or "之变" in text:
        out += _named_rebellions(text, mongol)
    return out
