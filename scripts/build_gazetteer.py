#!/usr/bin/env python3
"""Build politext's built-in gazetteer (data/gazetteer/*.tsv, data/gazetteer/given_names.txt).

Run from the project root:  python3 scripts/build_gazetteer.py

Inputs (read only):
  ../shared/data/gazetteer-sources/...   public sources (see data/README.md for licences)
  ../shared/data/lexicons/...            INSEE given names; Lexique 3.83 used ONLY as a filter
  data/hand/*.tsv                         hand-written tables (this project)

Output format (one entry per line, UTF-8 NFC, '#' comments):
  id<TAB>label<TAB>name[<TAB>alias|alias...][<TAB>key=value...]

Only sources whose licence allows redistribution of derived facts (CC0/Wikidata, Licence Ouverte,
MIT) feed the output; share-alike sources are read for cross-checks only (warnings on stderr).
Standard library only; output is deterministic (sorted, no timestamps).
"""
import csv
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

SHARED = "../shared/data"
SRC = os.path.join(SHARED, "gazetteer-sources")
LEX = os.path.join(SHARED, "lexicons")
HAND = "data/hand"
OUT = "data/gazetteer"

# Words with Lexique 3.83 mean frequency >= this (per million) count as common French words.
COMMON_FREQ = 2.0
# Communes whose (single-word) name is a common word are kept only above this population.
COMMON_COMMUNE_MIN_POP = 50_000
# ... and kept anyway when they are a département chef-lieu or in this list (well-known towns whose
# name is rarely a sentence-initial common word in news).
COMMON_COMMUNE_KEEP = {"Cannes", "Grasse", "Lourdes", "Menton", "Saintes", "Cognac", "Fougères", "Vitré"}
# Senators: keep active ones and former ones alive in / dead after this year.
SENATOR_MIN_DEATH_YEAR = 1995
# Deputies from france_legislators: keep terms ending on/after this year (or running).
DEPUTY_MIN_END_YEAR = 1997

WARNINGS = []


def warn(msg):
    WARNINGS.append(msg)


# ---------------------------------------------------------------- text helpers

def nfc(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\t", " ").replace("|", " ")
    s = s.replace("\r", " ").replace("\n", " ")
    return re.sub(r"\s+", " ", s).strip()


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fold(s):
    """Matching key: lower case, no accents, normalised apostrophes/dashes/spaces."""
    s = strip_accents(nfc(s)).lower()
    s = s.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def is_single_word(s):
    return " " not in s and "'" not in s and "-" not in s


def title_case_surname(s):
    """RNE / EP surnames are upper case: 'LE PEN' -> 'Le Pen', 'DE CAROLIS' -> 'de Carolis'."""
    out = []
    for tok in re.split(r"(\s+|-|')", s.strip()):
        if not tok or re.fullmatch(r"\s+|-|'", tok):
            out.append(tok)
            continue
        low = tok.lower()
        if low in ("de", "du", "des", "d") and out:
            out.append(low)
        elif low in ("de", "du", "des"):
            out.append(low)
        else:
            out.append(low[:1].upper() + low[1:])
    return "".join(out)


# ---------------------------------------------------------------- entries

class Entry:
    __slots__ = ("id", "label", "name", "aliases", "attrs", "file", "prio")

    def __init__(self, id_, label, name, aliases=(), attrs=(), file="", prio=50):
        self.id = id_
        self.label = label
        self.name = nfc(name)
        self.aliases = []
        self.attrs = []  # list of (key, value), repeatable keys allowed
        self.file = file
        self.prio = prio
        for a in aliases:
            self.add_alias(a)
        for k, v in attrs:
            self.add_attr(k, v)

    def add_alias(self, a):
        a = nfc(a)
        if not a or len(a) < 2:
            return
        key = strip_accents(a)
        if key == strip_accents(self.name) or any(strip_accents(x) == key for x in self.aliases):
            return
        self.aliases.append(a)

    def add_attr(self, k, v):
        v = nfc(str(v))
        if v == "" or (k, v) in self.attrs:
            return
        self.attrs.append((k, v))

    def get(self, k):
        for kk, v in self.attrs:
            if kk == k:
                return v
        return None

    def merge(self, other):
        """Merge `other` (lower priority) into self: aliases and attributes only."""
        if fold(other.name) != fold(self.name):
            self.add_alias(other.name)
        for a in other.aliases:
            self.add_alias(a)
        have = {k for k, _ in self.attrs}
        for k, v in other.attrs:
            if k in ("role",) or k not in have:
                self.add_attr(k, v)

    def line(self):
        cols = [self.id, self.label, self.name]
        attrs = sorted(set(self.attrs), key=lambda kv: (kv[0] != "kind", kv[0], kv[1]))
        if self.aliases or attrs:
            cols.append("|".join(sorted(self.aliases, key=lambda a: (fold(a), a))))
        for k, v in attrs:
            cols.append(f"{k}={v}")
        for c in cols:
            assert "\t" not in c and "\n" not in c, c
        return "\t".join(cols)


def read_hand(path):
    """Hand tables in gazetteer format; id '?' = to be resolved. Returns list of Entry."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            cols = raw.split("\t")
            if len(cols) < 3:
                sys.exit(f"{path}:{n}: fewer than 3 columns")
            id_, label, name = cols[0], cols[1], cols[2]
            if label not in ("PER", "ORG", "LOC", "MISC"):
                sys.exit(f"{path}:{n}: bad label {label!r}")
            aliases = cols[3].split("|") if len(cols) > 3 and cols[3] else []
            attrs = []
            for c in cols[4:]:
                if not c:
                    continue
                if "=" not in c:
                    sys.exit(f"{path}:{n}: bad attribute {c!r}")
                k, v = c.split("=", 1)
                attrs.append((k, v))
            out.append(Entry(id_, label, name, aliases, attrs))
    return out


# ---------------------------------------------------------------- filters

def load_common_words():
    common = set()
    with open(os.path.join(LEX, "lexique383", "lexique383_forms_top50k.tsv"), encoding="utf-8") as f:
        r = csv.DictReader(f, delimiter="\t")
        for row in r:
            try:
                fr = float(row["freq_pm_mean"])
            except ValueError:
                continue
            if fr >= COMMON_FREQ:
                common.add(fold(row["form"]))
    return common


# ---------------------------------------------------------------- sources

def read_csv(*parts):
    with open(os.path.join(SRC, *parts), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def country_qids_by_english():
    m = {}
    for r in read_csv("everypolitician_scrapers", "world_leaders_wikidata_2022-10.csv"):
        m[r["country"]] = r["countryid"]
    m.update({"Denmark": "Q35", "Netherlands": "Q55", "China": "Q148", "Czechia": "Q213",
              "Ireland": "Q27", "United States": "Q30"})
    return m


def gender_of(s):
    s = (s or "").lower()
    return {"male": "m", "female": "f", "m": "m", "f": "f", "h": "m", "m.": "m", "mme": "f"}.get(s, "")


def year(s):
    m = re.match(r"(\d{4})", s or "")
    return int(m.group(1)) if m else None


def span(start, end):
    return f"{start or ''}/{end or ''}"


# French titles of the offices the Wikidata-derived lists name in English
# (general knowledge: the titles of the decrees and of the press). A
# description in a French text (`le ministre des Armées`, `le garde des
# Sceaux`) is matched against these roles, which it cannot do in English.
ROLE_FR = {
    "President": "président de la République",
    "Prime Minister": "Premier ministre",
    "Government Spokesperson": "porte-parole du Gouvernement",
    "President of the National Assembly": "président de l'Assemblée nationale",
    "President of the Senate": "président du Sénat",
    "President of the Regional Council": "président du conseil régional",
    "Governor of the Banque de France": "gouverneur de la Banque de France",
    "High Commissioner for Planning": "haut-commissaire au Plan",
    "Minister of Culture": "ministre de la Culture",
    "Minister of the Interior": "ministre de l'Intérieur",
    "Minister of the Economy, Finances and Industry": "ministre de l'Économie, des Finances et de l'Industrie",
    "Minister of Economy, Industry and Digital": "ministre de l'Économie, de l'Industrie et du Numérique",
    "Minister of Justice": "ministre de la Justice, garde des Sceaux",
    "Minister of Foreign Affairs": "ministre des Affaires étrangères",
    "Minister of Europe and Foreign Affairs": "ministre de l'Europe et des Affaires étrangères",
    "Minister of European Affairs": "ministre des Affaires européennes",
    "Minister of National Education": "ministre de l'Éducation nationale",
    "Minister of National Education, Higher Education and Research": "ministre de l'Éducation nationale, de l'Enseignement supérieur et de la Recherche",
    "Minister of Higher Education": "ministre de l'Enseignement supérieur",
    "Minister of Higher Education, Research and Innovation": "ministre de l'Enseignement supérieur, de la Recherche et de l'Innovation",
    "Minister of Agriculture": "ministre de l'Agriculture",
    "Minister of Agriculture and Food": "ministre de l'Agriculture et de l'Alimentation",
    "Minister of Agriculture, Agri-Food and Forestry": "ministre de l'Agriculture, de l'Agroalimentaire et de la Forêt",
    "Minister of Agriculture and Fisheries": "ministre de l'Agriculture et de la Pêche",
    "Minister of Agriculture, Food, Fisheries, Rural Affairs and Regional Planning": "ministre de l'Agriculture, de l'Alimentation, de la Pêche, de la Ruralité et de l'Aménagement du territoire",
    "Minister of Food, Agriculture and Fisheries": "ministre de l'Alimentation, de l'Agriculture et de la Pêche",
    "Minister of the Armed Forces": "ministre des Armées",
    "Minister of the Civil Service": "ministre de la Fonction publique",
    "Minister of Public Account and Action": "ministre de l'Action et des Comptes publics",
    "Minister for Overseas France": "ministre des Outre-mer",
    "Minister of Territorial Development": "ministre de l'Aménagement du territoire",
    "Minister of City Affairs": "ministre de la Ville",
    "Minister of Ecological and Solidary Transition": "ministre de la Transition écologique et solidaire",
    "Minister for Energy Transition": "ministre de la Transition énergétique",
    "Minister of Foreign Trade": "ministre du Commerce extérieur",
    "Minister of Labour": "ministre du Travail",
    "Minister of the Sea": "ministre de la Mer",
    "Minister for Solidarity and Health": "ministre des Solidarités et de la Santé",
    "Minister of Sport": "ministre des Sports",
    "Minister for Transport": "ministre des Transports",
    "Minister of Veterans Affairs": "ministre des Anciens combattants",
    # Wikidata's "Minister of State for" is the French secrétaire d'État.
    "Minister of State for Disabled People": "secrétaire d'État chargé des Personnes handicapées",
    "Minister of State for Tourism, French Nationals Abroad and Francophonie": "secrétaire d'État chargé du Tourisme, des Français de l'étranger et de la Francophonie",
    "Minister of State for Biodiversity": "secrétaire d'État chargé de la Biodiversité",
    "Minister of State for Children and Families": "secrétaire d'État chargé de l'Enfance et des Familles",
    "Minister of State for European Affairs": "secrétaire d'État chargé des Affaires européennes",
    "Minister of State for Pensions and Occupational Health": "secrétaire d'État chargé des Retraites et de la Santé au travail",
    "Minister of State for Priority Education Policy": "secrétaire d'État chargé de l'Éducation prioritaire",
    "Minister of State for Rural Affairs": "secrétaire d'État chargé de la Ruralité",
    "Minister of State for Youth and Engagement": "secrétaire d'État chargé de la Jeunesse et de l'Engagement",
    "Minister of State for the Social, Inclusive and Responsible Economy": "secrétaire d'État chargé de l'Économie sociale, solidaire et responsable",
    "Secretary of State for Digital Affairs": "secrétaire d'État chargé du Numérique",
    "Secretary of State for Parliamentary Affairs": "secrétaire d'État chargé des Relations avec le Parlement",
    "Secretary of State for Children": "secrétaire d'État chargé de l'Enfance",
    "Secretary of State for La Francophonie": "secrétaire d'État chargé de la Francophonie",
    "Minister Delegate for Public Accounts": "ministre délégué chargé des Comptes publics",
    "Minister Delegate for Territorial Communities": "ministre délégué chargé des Collectivités territoriales",
    "Minister Delegate for Gender Equality, Diversity and Equal Opportunities": "ministre délégué chargé de l'Égalité entre les femmes et les hommes, de la Diversité et de l'Égalité des chances",
    "Minister Delegate for Tourism, French Nationals Abroad and Francophonie": "ministre délégué chargé du Tourisme, des Français de l'étranger et de la Francophonie",
    "Minister Delegate for Citizenship": "ministre délégué chargé de la Citoyenneté",
    "Minister Delegate for Housing": "ministre délégué chargé du Logement",
    "Minister Delegate for Industry": "ministre délégué chargé de l'Industrie",
    "Minister Delegate for Integration": "ministre délégué chargé de l'Intégration",
    "Minister Delegate for Personal Independence": "ministre délégué chargé de l'Autonomie",
    "Minister Delegate for Remembrance and Veterans": "ministre délégué chargé de la Mémoire et des Anciens combattants",
    "Minister Delegate for Small and Medium-sized Enterprises": "ministre délégué chargé des Petites et Moyennes Entreprises",
    "Minister Delegate for Sport": "ministre délégué chargé des Sports",
    # Offices of international organisations.
    "Secretary-General of the United Nations": "secrétaire général des Nations unies",
    "Deputy Secretary-General of the United Nations": "vice-secrétaire général des Nations unies",
    "Under-Secretary-General of the United Nations": "secrétaire général adjoint des Nations unies",
    "President of the United Nations General Assembly": "président de l'Assemblée générale des Nations unies",
    "Permanent Representative to the United Nations": "représentant permanent auprès des Nations unies",
    "Judge of the International Court of Justice": "juge à la Cour internationale de justice",
    "President of the International Court of Justice": "président de la Cour internationale de justice",
    "Vice President of the International Court of Justice": "vice-président de la Cour internationale de justice",
    "president of the Parliamentary Assembly of the Council of Europe": "président de l'Assemblée parlementaire du Conseil de l'Europe",
    "OSCE High Commissioner on National Minorities": "haut-commissaire de l'OSCE pour les minorités nationales",
    "Director-General of the World Trade Organization": "directeur général de l'Organisation mondiale du commerce",
    "Speaker of the Arab Parliament": "président du Parlement arabe",
}
# The feminine of the words of those titles that have one.
ROLE_FEMININE = {"président": "présidente", "vice-président": "vice-présidente", "délégué": "déléguée",
                 "chargé": "chargée", "gouverneur": "gouverneure", "directeur": "directrice",
                 "représentant": "représentante", "général": "générale", "adjoint": "adjointe",
                 "député": "députée", "sénateur": "sénatrice", "conseiller": "conseillère",
                 "régional": "régionale", "européen": "européenne", "Premier": "Première",
                 "haut-commissaire": "haute-commissaire", "permanent": "permanente"}
# English names of French regions in Wikidata's labels of regional councils.
REGION_FR = {"the Hauts-de-France": "Hauts-de-France", "Brittany": "Bretagne", "Picardy": "Picardie",
             "Burgundy": "Bourgogne", "Upper Normandy": "Haute-Normandie", "French Guiana": "Guyane"}


def role_fr(label, gender=""):
    """The French title of an office named in English by Wikidata
    (`Minister of the Armed Forces` -> `ministre des Armées`), in the
    feminine for a woman (`ministre déléguée chargée de …`, `présidente`);
    a label with no translation is kept as it is."""
    fr = ROLE_FR.get(label, label)
    if gender == "f" and (fr != label or fr[:1].islower()):
        words = fr.split(" ")
        # Only the title before its complement (`présidente du conseil
        # régional`, not `… régionale`): words up to the first `de`/`du`/…
        out = []
        head = True
        for w in words:
            if w != "d'État" and (w in ("de", "du", "des", "à", "au", "auprès", "pour") or w.startswith(("d'", "l'"))):
                head = False
            out.append(ROLE_FEMININE.get(w, w) if head else w)
        fr = " ".join(out)
    return fr


REGION_QIDS = {  # INSEE region code -> Wikidata QID (general knowledge)
    "11": "Q13917", "24": "Q13947", "27": "Q18578267", "28": "Q18677875", "32": "Q18677767",
    "44": "Q18677983", "52": "Q16994", "53": "Q12130", "75": "Q18678082", "76": "Q18678265",
    "84": "Q18338206", "93": "Q15104", "94": "Q14112",
    "01": "Q17012", "02": "Q17054", "03": "Q3769", "04": "Q17070", "06": "Q17063",
}
REGION_ALIASES = {"93": ["PACA", "Région Sud"], "04": ["Réunion", "île de la Réunion"],
                  "03": ["Guyane française"], "94": ["collectivité de Corse"]}
COMMUNE_QIDS = {  # INSEE commune code -> QID for the largest cities (general knowledge)
    "75056": "Q90", "13055": "Q23482", "69123": "Q456", "31555": "Q7880", "06088": "Q33959",
    "44109": "Q12191", "67482": "Q6602", "34172": "Q6441", "33063": "Q1479", "59350": "Q648",
    "35238": "Q647",
}


def build():
    common = load_common_words()
    files = defaultdict(list)  # out file -> [Entry]
    headers = {}

    # ---------------- countries + capitals (hand)
    cq = country_qids_by_english()
    known_country_qids = set(cq.values())
    with open(os.path.join(HAND, "countries.tsv"), encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            cols = raw.split("\t") + [""] * 7
            qid, name, official, aliases, demonym, capq, capnames = cols[:7]
            if qid not in known_country_qids and qid not in ("Q40362",):
                warn(f"countries.tsv:{n}: {qid} {name} not among Wikidata country items of world_leaders")
            e = Entry(qid, "LOC", name, ([official] if official else []) + [a for a in aliases.split("|") if a],
                      [("kind", "country")], prio=10)
            if official:
                e.add_attr("official", official)
            if demonym:
                forms = []
                for base in demonym.split("/"):
                    forms.append(base)
                    forms.append(base if base.endswith(("s", "x")) else base + "s")
                if "/" not in demonym:  # invariable in gender (russe, belge)
                    pass
                forms = [x for x in dict.fromkeys(forms)]
                forms += [x[:1].upper() + x[1:] for x in forms]
                e.add_attr("demonym", "|".join(dict.fromkeys(forms)))
            e.add_attr("source", "hand")
            files["countries.tsv"].append(e)
            if capq != "-" and capnames:
                cn = capnames.split("|")
                cid = capq if capq.startswith("Q") else f"politext:capital:{slug(cn[0])}"
                c = Entry(cid, "LOC", cn[0], cn[1:], [("kind", "capital"), ("country", qid), ("source", "hand")], prio=10)
                files["capitals.tsv"].append(c)
    headers["countries.tsv"] = "sovereign states; hand-written (data/hand/countries.tsv, this project, general knowledge); QIDs cross-checked against Wikidata (CC0)"
    headers["capitals.tsv"] = "capitals of the states in countries.tsv; hand-written (data/hand/countries.tsv)"

    # ---------------- other hand tables
    for fname, out_for in (("places.tsv", lambda e: "places.tsv"),
                           ("people.tsv", lambda e: "people.tsv"),
                           ("orgs.tsv", org_file)):
        for e in read_hand(os.path.join(HAND, fname)):
            e.prio = 10
            if e.label == "PER" and not e.get("kind"):
                e.add_attr("kind", "person")
            if not e.get("source"):
                e.add_attr("source", "hand")
            files[out_for(e)].append(e)
    headers["places.tsv"] = "territories, world cities, continents, French pre-2016 regions; hand-written (data/hand/places.tsv)"
    headers["people.tsv"] = "prominent people of French and world politics; hand-written (data/hand/people.tsv), QIDs resolved against Wikidata-derived CC0 lists"
    for k in ("institutions.tsv", "parties.tsv", "intl_orgs.tsv", "armed_groups.tsv", "media.tsv", "companies.tsv"):
        headers[k] = "hand-written (data/hand/orgs.tsv, this project, general knowledge)"
    headers["parties.tsv"] += "; extra French parties + QIDs from partyfacts (MIT; data from Wikidata, CC0)"

    # ---------------- French administrative divisions (etalab, MIT / Licence Ouverte)
    regions = json.load(open(os.path.join(SRC, "fr_admin", "regions.json"), encoding="utf-8"))
    region_names = {}
    for r in regions:
        rid = REGION_QIDS.get(r["code"], f"politext:region:{r['code']}")
        e = Entry(rid, "LOC", r["nom"], REGION_ALIASES.get(r["code"], []),
                  [("kind", "region"), ("code", r["code"]), ("country", "Q142"), ("source", "etalab")], prio=20)
        region_names[fold(r["nom"])] = e
        files["regions.tsv"].append(e)
    headers["regions.tsv"] = "French regions (INSEE COG via @etalab/decoupage-administratif 6.0.0; MIT / Licence Ouverte); QIDs general knowledge"
    for d in json.load(open(os.path.join(SRC, "fr_admin", "departements.json"), encoding="utf-8")):
        if fold(d["nom"]) in region_names:  # single-département regions (DROM)
            region_names[fold(d["nom"])].add_attr("departement", d["code"])
            continue
        if d["code"] == "75":  # Paris: commune + département, one entity (Q90)
            continue
        e = Entry(f"politext:departement:{d['code']}", "LOC", d["nom"], [],
                  [("kind", "departement"), ("code", d["code"]), ("region", d.get("region", "")),
                   ("country", "Q142"), ("source", "etalab")], prio=20)
        if is_single_word(d["nom"]) and fold(d["nom"]) in common:
            e.add_attr("common_word", "yes")
        files["departements.tsv"].append(e)
    headers["departements.tsv"] = "French départements (INSEE COG via @etalab/decoupage-administratif; MIT / Licence Ouverte); common_word=yes marks names that are also frequent French words"
    dropped_communes = []
    gnames = {fold(n): c for n, _, c in given_name_counts()}
    chefs_lieux = {d["chefLieu"] for d in json.load(open(os.path.join(SRC, "fr_admin", "departements.json"), encoding="utf-8"))}
    for c in json.load(open(os.path.join(SRC, "fr_admin", "communes_pop5000.json"), encoding="utf-8")):
        pop = int(c.get("population") or 0)
        if (is_single_word(c["nom"]) and fold(c["nom"]) in common and pop < COMMON_COMMUNE_MIN_POP
                and c["code"] not in chefs_lieux and c["nom"] not in COMMON_COMMUNE_KEEP):
            dropped_communes.append(c["nom"])
            continue
        if (gnames.get(fold(c["nom"]), 0) > 2000 and pop < COMMON_COMMUNE_MIN_POP
                and c["code"] not in chefs_lieux):
            dropped_communes.append(c["nom"] + " (given name)")
            continue
        cid = COMMUNE_QIDS.get(c["code"], f"politext:commune:{c['code']}")
        e = Entry(cid, "LOC", c["nom"], [],
                  [("kind", "commune"), ("code", c["code"]), ("departement", c["departement"]),
                   ("population", str(pop)), ("country", "Q142"), ("source", "etalab")], prio=30)
        files["communes.tsv"].append(e)
    headers["communes.tsv"] = (f"French communes >= 5,000 inhabitants (INSEE via @etalab/decoupage-administratif; MIT / Licence Ouverte); "
                               f"names that are common French words dropped below {COMMON_COMMUNE_MIN_POP} inhabitants")
    warn(f"communes dropped as common words or given names ({len(dropped_communes)}): " + ", ".join(sorted(dropped_communes)))

    # ---------------- persons from Wikidata-derived lists (CC0) and open data (Licence Ouverte)
    ep = "everypolitician_scrapers"
    for r in read_csv(ep, "france_holders21.csv"):
        pos = r["position"]
        if pos.lower().startswith(("ambassador", "permanent representative", "head of", "chief of")) or "military" in pos.lower():
            continue
        e = Entry(r["personID"], "PER", r["person"], [],
                  [("kind", "person"), ("gender", gender_of(r["gender"])), ("country", "Q142"),
                   ("role", f"{role_fr(pos, gender_of(r['gender']))}@{span(r['start'], r['end'])}"), ("source", "wikidata")], prio=40)
        files["ministers.tsv"].append(e)
    headers["ministers.tsv"] = ("French presidents, prime ministers, ministers, secretaries of state since 2000 (Wikidata, CC0, via every-politician-scrapers/france-cabinet 2022-07); "
                                "roles in French (Wikidata's English labels translated by ROLE_FR in the generator)")

    for r in read_csv(ep, "france_legislators.csv"):
        pos = r["position"]
        end_y = year(r["end"])
        if end_y is not None and end_y < DEPUTY_MIN_END_YEAR:
            continue
        g = gender_of(r["gender"])
        if pos == "member of the French National Assembly":
            out, role = "deputies.tsv", role_fr("député", g)
        elif pos == "member of the Senate of France":
            out, role = "senators.tsv", role_fr("sénateur", g)
        elif pos.startswith("Member of the Regional Council"):
            region = pos.replace("Member of the Regional Council of ", "").replace("Member of the Regional Council", "")
            region = REGION_FR.get(region, region)
            out, role = "regional_councillors.tsv", role_fr("conseiller régional", g) + (f" ({region})" if region else "")
        else:
            continue
        e = Entry(r["personID"], "PER", r["person"], [],
                  [("kind", "person"), ("gender", gender_of(r["gender"])), ("country", "Q142"),
                   ("role", f"{role}@{span(r['start'], r['end'])}"), ("source", "wikidata")], prio=60 if out != "regional_councillors.tsv" else 80)
        files[out].append(e)
    for r in read_csv("deputes_leg17_datan", "deputes_leg17_names_qid.csv"):
        qid = r["wikidata_namematch"] or f"politext:depute:{r['id']}"
        e = Entry(qid, "PER", f"{r['prenom']} {r['nom']}", [],
                  [("kind", "person"), ("gender", gender_of(r["civ"])), ("country", "Q142"),
                   ("role", f"{role_fr('député', gender_of(r['civ']))} ({r['departementNom']}, {r['circo']}) 17e législature@{r['datePriseFonction']}/"),
                   ("group", r["groupeAbrev"]), ("an_id", r["id"]), ("source", "an-opendata")], prio=55)
        files["deputies.tsv"].append(e)
    headers["deputies.tsv"] = ("members of the Assemblée nationale with a term ending >= 1997 (Wikidata, CC0) + deputies of the 17th "
                               "legislature (Assemblée nationale open data via Datan, Licence Ouverte; QIDs by unique name match)")
    headers["regional_councillors.tsv"] = "French regional councillors (Wikidata, CC0), term ending >= 1997"
    for r in read_csv("senateurs_odsen", "senateurs_ve_republique_2021-11.csv"):
        dd = year(r["date_deces"])
        if r["etat"] != "ACTIF" and dd is not None and dd < SENATOR_MIN_DEATH_YEAR:
            continue
        by = year(r["date_naissance"])
        if r["etat"] != "ACTIF" and by is not None and by < 1920:
            continue
        qid = r["wikidata"] or f"politext:senateur:{r['matricule'].lower()}"
        role = role_fr("sénateur", gender_of(r["civ"])) + (f" ({r['circonscription']})" if r["circonscription"] else "")
        e = Entry(qid, "PER", f"{r['prenom']} {r['nom']}", [],
                  [("kind", "person"), ("gender", gender_of(r["civ"])), ("country", "Q142"), ("role", role + ("@/" if r["etat"] == "ACTIF" else "")),
                   ("group", r["groupe"]), ("senat_id", r["matricule"]), ("source", "senat-opendata")], prio=60)
        files["senators.tsv"].append(e)
    headers["senators.tsv"] = "senators of the Ve République alive after 1995 (Sénat open data, Licence Ouverte, Nov 2021; QIDs Wikidata CC0)"

    for r in read_csv(ep, "world_leaders_wikidata_2022-10.csv"):
        e = Entry(r["officeholder"], "PER", r["officeholderLabel"], [],
                  [("kind", "person"), ("country", r["countryid"]),
                   ("role", f"{r['positionLabel']}@{span(r['start_year'], r['end_year'])}"), ("source", "wikidata")], prio=45)
        files["world_leaders.tsv"].append(e)
    headers["world_leaders.tsv"] = "heads of state and government 2022 (Wikidata, CC0; English labels; via every-politician-scrapers/world-leaders-2021)"
    for r in read_csv(ep, "intl_org_officeholders21.csv"):
        e = Entry(r["personID"], "PER", r["person"], [],
                  [("kind", "person"), ("role", f"{role_fr(r['position'])}@{span(r['start'], r['end'])}"), ("source", "wikidata")], prio=50)
        files["intl_officials.tsv"].append(e)
    headers["intl_officials.tsv"] = "office holders of international organisations since 2000 (Wikidata, CC0)"
    official = {r["id"]: r for r in read_csv(ep, "ep9_meps_official_2022-11.csv")}
    for r in read_csv(ep, "ep9_meps_wikidata_2022-11.csv"):
        attrs = [("kind", "person"), ("country", cq.get(r["country"], "")),
                 ("role", "député européen@2019-07-02/2024-07-15"), ("source", "wikidata")]
        o = official.get(r["id"])
        if o and o.get("national_group"):
            attrs.append(("party", o["national_group"]))
        files["meps.tsv"].append(Entry(r["item"], "PER", r["name"], [], attrs, prio=65))
    headers["meps.tsv"] = "members of the European Parliament 2019-2024 (Wikidata, CC0; party from the EP official list)"
    for r in read_csv("maires_rne", "maires_communes_20k_rne2022.csv"):
        name = f"{r['prenom']} {title_case_surname(r['nom'])}"
        qid = r["wikidata_namematch"] or f"politext:maire:{r['code_commune']}"
        files["mayors.tsv"].append(Entry(qid, "PER", name, [],
                                         [("kind", "person"), ("gender", gender_of(r["sexe"])), ("country", "Q142"),
                                          ("role", f"maire de {r['commune']}@{iso_date(r['debut_fonction'])}/"),
                                          ("source", "rne")], prio=70))
    headers["mayors.tsv"] = "mayors of communes >= 20,000 inhabitants, 2020 term (Répertoire national des élus, Licence Ouverte)"

    # famous persons (LIMA, MIT): multi-word names only
    txt = open(os.path.join(SRC, "lima_fre_lists", "person.lst"), encoding="utf-8").read()
    for item in re.findall(r"^\s*([^@\n(),][^,\n]*?),?\s*$", txt, re.M):
        item = re.sub(r"\$\w+$", "", item).strip().rstrip(")")
        if " " not in item or not item[:1].isupper():
            continue
        files["famous_people.tsv"].append(Entry(f"politext:person:{slug(item)}", "PER", item, [],
                                                [("kind", "person"), ("source", "lima")], prio=90))
    headers["famous_people.tsv"] = "famous persons, French spellings (LIMA fre/Person/person.lst, CEA LIST, MIT); multi-word names only"

    # parties (partyfacts, MIT; Wikidata QIDs)
    for r in read_csv("parties_partyfacts", "partyfacts_wikidata_FRA_EUN.csv"):
        name = r["name_native"] or ""
        if r["country"] != "FRA" or not name:
            continue
        aliases = []
        for s in (r["name_short"] or "").split("/"):
            if re.fullmatch(r"[A-Z][A-Za-z]{1,6}", s) and len(s) >= 2:
                aliases.append(s)
        files["parties.tsv"].append(Entry(r["wikidata_id"], "ORG", name, aliases,
                                          [("kind", "party"), ("country", "Q142"), ("source", "partyfacts"),
                                           ("en", r["name"])], prio=35))

    given = given_names()
    return files, headers, given, common


def iso_date(s):
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", s or "")
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else ""


def org_file(e):
    k = e.get("kind") or ""
    if k in ("party", "alliance", "movement"):
        return "parties.tsv"
    if k in ("intl_org", "ngo", "sports"):
        return "intl_orgs.tsv"
    if k == "armed_group":
        return "armed_groups.tsv"
    if k == "media":
        return "media.tsv"
    if k == "company":
        return "companies.tsv"
    return "institutions.tsv"


def given_name_counts():
    out = []
    with open(os.path.join(LEX, "prenoms_insee", "prenoms_france_1900_2021_min500.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            out.append((nfc(r["prenom"]), r["gender"], int(r["total_1900_2021"] or 0)))
    return out


def given_names():
    out = []
    with open(os.path.join(LEX, "prenoms_insee", "prenoms_france_1900_2021_min500.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            try:
                sf = float(r["share_F"])
            except ValueError:
                continue
            g = "f" if sf >= 0.9 else "m" if sf <= 0.1 else "x"
            name = nfc(r["prenom"])
            if len(name) >= 2:
                out.append((name, g))
    # First names of the LIMA lists (MIT, CEA LIST) that INSEE lacks, most
    # of them foreign (Bauke, Andriy, Abbas): gender unknown (u).
    known = {fold(n) for n, _ in out}
    with open(os.path.join(SRC, "lima_fre_lists", "firstname.lst"), encoding="utf-8") as f:
        body = f.read().strip()
    body = re.sub(r"^@\w+=\(", "", body).rstrip(")")
    for item in body.split(","):
        name = nfc(item.split("$")[0].strip())
        if len(name) < 3 or " " in name or not name[0].isupper() or fold(name) in known:
            continue
        known.add(fold(name))
        out.append((name, "u"))
    return sorted(set(out), key=lambda x: (fold(x[0]), x[0], x[1]))


# ---------------------------------------------------------------- resolution, dedupe, checks

def resolve_and_dedupe(files, common):
    all_entries = [(fn, e) for fn in files for e in files[fn]]
    for fn, e in all_entries:
        e.file = fn
    # name index over QID-bearing source persons/parties
    by_name = defaultdict(set)
    for fn, e in all_entries:
        if e.id.startswith("Q") and e.get("source") not in ("hand",):
            by_name[(e.label, fold(e.name))].add(e.id)
            en = e.get("en")
            if en:
                by_name[(e.label, fold(en))].add(e.id)
    resolved = unresolved = 0
    for fn, e in all_entries:
        if e.id == "?":
            cands = set()
            for nm in [e.name] + [a for a in e.aliases if " " in a] + ([e.get("en")] if e.get("en") else []):
                c = by_name.get((e.label, fold(nm)))
                if c and len(c) == 1:
                    cands |= c
            if len(cands) == 1:
                e.id = cands.pop()
                resolved += 1
            else:
                kind = e.get("kind") or ("person" if e.label == "PER" else "place" if e.label == "LOC" else "org")
                e.id = f"politext:{kind}:{slug(e.name)}"
                unresolved += 1
        elif e.id.startswith("Q") and e.get("source") == "hand":
            c = by_name.get((e.label, fold(e.name)))
            if c and e.id not in c:
                warn(f"QID check: hand {e.id} {e.name!r} but sources say {sorted(c)}")
        e.attrs = [(k, v) for k, v in e.attrs if k != "en"]
    warn(f"hand ids resolved from sources: {resolved}; project ids assigned: {unresolved}")

    # merge duplicates by id (highest priority = lowest prio number wins, then file order)
    by_id = {}
    order = sorted(all_entries, key=lambda fe: (fe[1].prio, fe[0], fold(fe[1].name), fe[1].id))
    for fn, e in order:
        if e.id in by_id:
            keep = by_id[e.id]
            if keep.label != e.label:
                warn(f"id {e.id} has labels {keep.label} ({keep.file}) and {e.label} ({fn}); kept first")
                continue
            keep.merge(e)
        else:
            by_id[e.id] = e
    # merge persons without QID into a QID-bearing person of the same name (unique)
    qid_person = defaultdict(list)
    for e in by_id.values():
        if e.label == "PER" and e.id.startswith("Q"):
            qid_person[fold(e.name)].append(e)
    for id_ in sorted(by_id):
        e = by_id[id_]
        if e.label == "PER" and not id_.startswith("Q") and e.get("source") != "hand":
            c = qid_person.get(fold(e.name), [])
            if len(c) == 1:
                c[0].merge(e)
                del by_id[id_]
    # same-name project-id duplicates in the same file (e.g. two LIMA spellings) -> keep first
    out = defaultdict(list)
    for e in by_id.values():
        out[e.file].append(e)
    return out


def collision_report(files):
    idx = defaultdict(set)
    for fn, es in files.items():
        for e in es:
            for a in [e.name] + e.aliases:
                idx[fold(a)].add((e.label, e.id, fn, a))
    cross = []
    for k in sorted(idx):
        labels = {x[0] for x in idx[k]}
        if len(labels) > 1:
            cross.append((k, sorted(idx[k])))
    return cross


def hand_common_word_check(files, common):
    hits = []
    for fn, es in files.items():
        for e in es:
            if e.get("source") != "hand":
                continue
            for a in [e.name] + e.aliases:
                if is_single_word(a) and not a.isupper() and fold(a) in common:
                    hits.append(f"{a} ({e.id} {fn})")
    if hits:
        warn("hand single-word names/aliases that are also common French words (kept, reviewed by hand): " + ", ".join(sorted(set(hits))))


def main():
    if not os.path.isdir(SRC):
        sys.exit(f"missing {SRC}: run from the project root")
    files, headers, given, common = build()
    files = resolve_and_dedupe(files, common)
    hand_common_word_check(files, common)
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".tsv") and old not in files:
            os.remove(os.path.join(OUT, old))
    stats = []
    total_e = total_a = 0
    for fn in sorted(files):
        es = sorted(files[fn], key=lambda e: (fold(e.name), e.name, e.id))
        lines = [
            f"# politext built-in gazetteer: {fn}",
            f"# source: {headers.get(fn, 'see data/README.md')}",
            "# generated by scripts/build_gazetteer.py - do not edit; see data/README.md for provenance and licences",
            "# format: id<TAB>label<TAB>name[<TAB>alias|alias...][<TAB>key=value...]",
        ]
        n_alias = 0
        for e in es:
            lines.append(e.line())
            n_alias += len(e.aliases)
        with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        stats.append((fn, len(es), n_alias))
        total_e += len(es)
        total_a += n_alias
    with open(os.path.join(OUT, "given_names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# politext given names: name<TAB>m|f|x|u (x = mixed, 10-90 % female; u = unknown)\n")
        f.write("# source: INSEE fichier des prénoms 1900-2021 (names with >= 500 births), via ThinkR-open/prenoms; Licence Ouverte / Etalab\n")
        f.write("# source (u): first names of the LIMA lists missing from INSEE, aymara/lima firstname.lst; MIT (CEA LIST)\n")
        for name, g in given:
            f.write(f"{name}\t{g}\n")
    err = sys.stderr
    print("== politext gazetteer build ==", file=err)
    for fn, n, a in stats:
        print(f"  {fn:28s} {n:6d} entries {a:6d} aliases", file=err)
    print(f"  {'TOTAL':28s} {total_e:6d} entries {total_a:6d} aliases; given_names.txt {len(given)} names", file=err)
    cross = collision_report(files)
    print(f"== cross-label alias collisions: {len(cross)} ==", file=err)
    for k, items in cross[:30]:
        print("  " + k + ": " + "; ".join(f"{l} {i} {fn}" for l, i, fn, _ in items), file=err)
    print("== warnings ==", file=err)
    for w in WARNINGS:
        print("  " + w, file=err)


if __name__ == "__main__":
    main()
