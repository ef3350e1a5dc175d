"""A small hand-built KnowledgeGraph that uses every class and property kgraph writes.

Built from the model dataclasses rather than by running extraction, so tests of the
ontology, the shapes and the ready-made queries do not move when extraction improves.
"""
from __future__ import annotations

from kgraph.models import Article, Entity, Evidence, Fact, KnowledgeGraph, ResolvedMetric, Source
from kgraph.resolve import entity_id

SHA_A = "a" * 64
SHA_B = "b" * 64
SHA_C = "c" * 64

ARTICLES = (
    Article("news/a-en.txt", "text a", SHA_A, "en", "Airbnb bets on Qwen", "2026-01-10"),
    Article("news/b-de.txt", "text b", SHA_B, "de", "Airbnb setzt auf Qwen", "2026-01-12"),
    Article("news/c-en.txt", "text c", SHA_C, "en", None, None),
)


def key(type_: str, name: str) -> str:
    return entity_id(type_, name)


ORG, MODEL, PRODUCT, PERSON = "Organization", "AIModel", "Product", "Person"
NAMES = {
    ORG: ["Airbnb", "Alibaba", "Meta", "Mistral AI", "OpenAI", "Microsoft", "Nvidia", "Naver",
          "Samsung", "Salesforce", "Harbourline", "Apple", "Google", "Müller & Söhne GmbH"],
    MODEL: ["Qwen", "Qwen-3", "Llama", "Llama 4", "Mistral Large", "Gemini"],
    PRODUCT: ["ChatGPT"],
    PERSON: ["Brian Chesky"],
}
FAMILY = {"Qwen-3": "Qwen", "Llama 4": "Llama"}


def _entities() -> tuple[Entity, ...]:
    out = []
    for type_, names in NAMES.items():
        for name in names:
            family = FAMILY.get(name)
            aliases = ("Qwen3",) if name == "Qwen-3" else ()
            out.append(Entity(key(type_, name), name, type_, aliases,
                              key(type_, family) if family else None))
    return tuple(sorted(out, key=lambda e: e.key))


def src(sha: str, start: int, sentence: str, hedged: bool = False, rule: str = "test-rule",
        confidence: float = 0.8) -> Source:
    return Source(Evidence(sha, sentence, start, start + len(sentence), rule, confidence), hedged)


def fact(predicate: str, s: tuple[str, str], o: tuple[str, str] | None, *sources: Source,
         amount: str | None = None, currency: str | None = None,
         purpose: str | None = None) -> Fact:
    return Fact(predicate, key(*s), key(*o) if o else None, tuple(sources), amount, currency,
                purpose, hedged=all(x.hedged for x in sources))


FACTS = (
    # reported by two articles
    fact("uses", (ORG, "Airbnb"), (MODEL, "Qwen"),
         src(SHA_A, 0, "Airbnb uses Qwen for customer service."),
         src(SHA_B, 0, "Airbnb setzt auf Qwen.")),
    fact("uses", (ORG, "Samsung"), (PRODUCT, "ChatGPT"), src(SHA_C, 10, "Samsung uses ChatGPT.")),
    # a versioned model: its developer is its family's
    fact("uses", (ORG, "Mistral AI"), (MODEL, "Qwen-3"),
         src(SHA_B, 300, "Mistral AI nutzt Qwen-3.")),
    # hedged: a statement, no plain triple
    fact("uses", (ORG, "Apple"), (MODEL, "Gemini"),
         src(SHA_C, 40, "Apple may use Gemini.", hedged=True)),
    fact("developedBy", (MODEL, "Qwen"), (ORG, "Alibaba"), src(SHA_A, 50, "Alibaba's Qwen.")),
    fact("developedBy", (MODEL, "Llama"), (ORG, "Meta"), src(SHA_A, 70, "Meta's Llama.")),
    fact("developedBy", (PRODUCT, "ChatGPT"), (ORG, "OpenAI"), src(SHA_C, 60, "OpenAI's ChatGPT.")),
    # a chain: Qwen-3 > Llama 4 > Mistral Large
    fact("surpasses", (MODEL, "Qwen-3"), (MODEL, "Llama 4"),
         src(SHA_A, 90, "Qwen-3 beats Llama 4.")),
    fact("surpasses", (MODEL, "Llama 4"), (MODEL, "Mistral Large"),
         src(SHA_C, 90, "Llama 4 beats Mistral Large.")),
    fact("invests", (ORG, "Alibaba"), None, src(SHA_B, 120, "Alibaba investiert 380 Mrd. Yuan."),
         amount="380000000000", currency="CNY", purpose="Cloud- und KI-Infrastruktur"),
    fact("invests", (ORG, "Microsoft"), (ORG, "OpenAI"),
         src(SHA_C, 130, "Microsoft invests $10 billion in OpenAI."),
         amount="10000000000", currency="USD"),
    fact("invests", (ORG, "Google"), None, src(SHA_C, 170, "Google pours $40 billion into Texas."),
         amount="40000000000.0", currency="USD", purpose="data centres in Texas"),
    fact("invests", (ORG, "Nvidia"), (ORG, "OpenAI"),
         src(SHA_C, 200, "Nvidia could invest $100 billion in OpenAI.", hedged=True),
         amount="100000000000", currency="USD"),
    fact("investsIn", (ORG, "Microsoft"), (ORG, "OpenAI"),
         src(SHA_C, 130, "Microsoft invests $10 billion in OpenAI."),
         src(SHA_A, 300, "Microsoft backs OpenAI.")),
    fact("ceoOf", (PERSON, "Brian Chesky"), (ORG, "Airbnb"),
         src(SHA_A, 150, "Airbnb CEO Brian Chesky said so.", confidence=0.9)),
    fact("acquires", (ORG, "Salesforce"), (ORG, "Harbourline"),
         src(SHA_C, 230, "Salesforce acquires Harbourline.")),
    fact("partnersWith", (ORG, "Naver"), (ORG, "Samsung"),
         src(SHA_C, 260, "Naver partners with Samsung.")),
    fact("partnersWith", (ORG, "Müller & Söhne GmbH"), (ORG, "Alibaba"),
         src(SHA_B, 200, "Müller & Söhne arbeitet mit Alibaba zusammen.")),
)

METRICS = (
    ResolvedMetric(key(PRODUCT, "ChatGPT"), "monthlyActiveUsers", "800000000",
                   (src(SHA_C, 280, "ChatGPT has 800 million monthly active users."),)),
    ResolvedMetric(key(MODEL, "Qwen"), "downloads", "300000000",
                   (src(SHA_A, 200, "Qwen was downloaded 300 million times."),)),
)


def small_kg() -> KnowledgeGraph:
    """Three articles, every entity class, relation, investment, metric, a hedge and a family."""
    entities = _entities()
    mentioned = {SHA_A: {"Airbnb", "Qwen", "Alibaba", "Meta", "Llama", "Qwen-3", "Llama 4",
                         "Brian Chesky", "Microsoft", "OpenAI"},
                 SHA_B: {"Airbnb", "Qwen", "Alibaba", "Müller & Söhne GmbH", "Mistral AI",
                         "Qwen-3"},
                 SHA_C: {"Samsung", "ChatGPT", "Apple", "Gemini", "OpenAI", "Llama 4",
                         "Mistral Large", "Microsoft", "Google", "Nvidia", "Salesforce",
                         "Harbourline", "Naver"}}
    by_name = {e.name: e.key for e in entities}
    mentions = {sha: tuple(sorted(by_name[n] for n in names)) for sha, names in mentioned.items()}
    return KnowledgeGraph(ARTICLES, entities, FACTS, METRICS, mentions)
