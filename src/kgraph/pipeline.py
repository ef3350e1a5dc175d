"""The one place that chains the stages: read -> nlp -> mentions -> relations -> resolve -> rdf -> outputs."""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .articles import Skipped, find_files, paragraph_languages, read_article
from .catalogue import Catalogue, load_catalogue
from .errors import NoArticlesError
from .mentions import find_mentions
from .models import Article, Extraction, KnowledgeGraph, Mention
from .nlp import SPACY_LABELS, blank_pipeline, trained_pipeline
from .quantities import find_counts, find_money
from .rdf import to_dataset
from .relations import extract
from .resolve import resolve

DEFAULT_OUTPUTS = ("trig", "ttl", "jsonld", "html")


@dataclass(frozen=True)
class Options:
    """How to extract: language override, optional trained spaCy pipeline."""

    lang: str | None = None
    spacy_model: str | None = None


@dataclass
class BuildReport:
    """What a build did, for the summary a user sees."""

    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    hedged: int = 0
    files: list[Path] = field(default_factory=list)
    graph: KnowledgeGraph | None = None


def extract_article(article: Article, options: Options = Options(),
                    catalogue: Catalogue | None = None) -> Extraction:
    """Everything one article says: mentions, relations with evidence, metrics."""
    catalogue = catalogue or load_catalogue()
    text = article.text
    parts = ([(0, len(text), options.lang)] if options.lang
             else paragraph_languages(text) or [(0, len(text), article.lang)])
    mentions: list[Mention] = []
    relations = []
    metrics = []
    for start, end, lang in parts:
        lang = lang or article.lang
        doc = blank_pipeline(lang)(text[start:end])
        sentences = [(s.start_char + start, s.end_char + start) for s in doc.sents
                     if s.text.strip()]
        extra = _spacy_mentions(text, start, end, options.spacy_model, catalogue)
        found = [m for m in find_mentions(text, lang, sentences, catalogue, extra)
                 if start <= m.start and m.end <= end]
        money = [q for q in find_money(text[start:end], lang)]
        money = [_shift(q, start) for q in money]
        counts = [_shift(q, start) for q in find_counts(text[start:end], lang,
                                                        [(q.start - start, q.end - start)
                                                         for q in money])]
        rels, mets = extract(text, lang, sentences, found, money, counts, article.sha)
        mentions += found
        relations += rels
        metrics += mets
    return Extraction(article, tuple(mentions), tuple(relations), tuple(metrics))


def _shift(q, offset: int):
    from dataclasses import replace

    return replace(q, start=q.start + offset, end=q.end + offset)


def _spacy_mentions(text: str, start: int, end: int, model: str | None,
                    catalogue: Catalogue) -> list[Mention]:
    if not model:
        return []
    doc = trained_pipeline(model)(text[start:end])
    out = []
    for ent in doc.ents:
        kind = SPACY_LABELS.get(ent.label_)
        if kind:
            known = catalogue.lookup(ent.text)
            out.append(Mention(ent.start_char + start, ent.end_char + start, ent.text,
                               known.type if known else kind,
                               known.name if known else ent.text, "spacy"))
    return out


def read_articles(paths: Sequence[str | os.PathLike[str]], lang: str | None = None,
                  ) -> tuple[list[Article], list[Skipped]]:
    """Every readable article under the paths; duplicates (same bytes) are read once."""
    files, skipped = find_files(paths)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for source in files:
        got = read_article(source, lang)
        if isinstance(got, Skipped):
            skipped.append(got)
        elif got.sha in seen:
            skipped.append(Skipped(got.path, f"same content as {seen[got.sha]}"))
        else:
            seen[got.sha] = got.path
            articles.append(got)
    return articles, skipped


def build_graph(paths: Sequence[str | os.PathLike[str]], options: Options = Options(),
                progress: Callable[[int, int], None] | None = None,
                ) -> tuple[KnowledgeGraph, list[Skipped]]:
    """Read, extract and resolve: the whole pipeline short of writing files."""
    articles, skipped = read_articles(paths, options.lang)
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
        raise NoArticlesError(
            "no usable article (.txt, .md, .html) found in " + ", ".join(map(str, paths))
            + (f" ({reasons})" if reasons else ""))
    catalogue = load_catalogue()
    extractions = []
    for i, article in enumerate(articles, start=1):
        extractions.append(extract_article(article, options, catalogue))
        if progress:
            progress(i, len(articles))
    return resolve(extractions), skipped


def build(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str],
          options: Options = Options(), outputs: Iterable[str] = DEFAULT_OUTPUTS,
          progress: Callable[[int, int], None] | None = None) -> BuildReport:
    """Build the graph of the articles under paths and write the outputs into folder out."""
    from .exporters import write_outputs

    kg, skipped = build_graph(paths, options, progress)
    ds = to_dataset(kg)
    files = write_outputs(ds, Path(out), outputs)
    report = BuildReport(articles=len(kg.articles), skipped=skipped, files=files, graph=kg)
    report.entities.update(e.type for e in kg.entities)
    for fact in kg.facts:
        if fact.hedged:
            report.hedged += 1
        else:
            report.relations[fact.predicate] += 1
    return report
