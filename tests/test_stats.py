"""kgraph stats: counts, the most central companies and models, clusters, top articles."""
from __future__ import annotations

import json
import shutil

import networkx as nx
import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.graphstats import compute, format_text
from viewgraphs import entity, fact, small_graph


def test_counts_by_class_and_relation_leave_hedged_claims_apart():
    s = compute(small_graph())
    assert s.entities == {"Organization": 4, "AIModel": 2, "Person": 1}
    assert s.facts == {"developedBy": 2, "ceoOf": 1, "invests": 1, "uses": 1}
    assert s.hedged == 1
    assert s.articles == 3  # a.txt, b.txt and news/a.txt


def test_hub_company_and_model_rank_first():
    g = nx.MultiDiGraph()
    hub = entity(g, "Hub Corp")
    model = entity(g, "Hub Model", "AIModel")
    fact(g, model, "developedBy", hub)
    for i in range(6):
        user = entity(g, f"User {i}")
        fact(g, user, "uses", model)
        fact(g, user, "partnersWith", hub)
    leaf = entity(g, "Leaf Model", "AIModel")
    fact(g, entity(g, "User 0"), "uses", leaf)
    s = compute(g, top=3)
    assert [r.name for r in s.central_companies][:1] == ["Hub Corp"]
    assert s.central_companies[0].neighbours == 7
    assert [r.name for r in s.central_models] == ["Hub Model", "Leaf Model"]
    assert s.central_models[0].pagerank > s.central_models[1].pagerank


def test_clusters_and_unconnected_entities():
    s = compute(small_graph())
    assert s.clusters == 2
    assert s.unconnected == 1  # Lonely Corp; Meta's hedged claim does not connect it to Qwen
    big, small = s.largest_clusters
    assert (big.entities, big.facts) == (5, 4)
    assert big.members[0] in {"Qwen", "Alibaba", "Airbnb"}
    assert (small.entities, small.facts, set(small.members)) == (2, 1, {"Meta", "Llama"})


def test_articles_ranked_by_the_facts_they_gave():
    g = small_graph()
    s = compute(g)
    top = s.top_articles[0]
    assert (top.path, top.facts) == ("news/a.txt", 4)
    assert top.title == "A title" and top.date == "2026-01-02"
    assert {a.path: a.facts for a in s.top_articles} == {"news/a.txt": 4, "a.txt": 2, "b.txt": 1}


def test_empty_graph_gives_an_empty_summary():
    s = compute(nx.MultiDiGraph())
    assert s.entities == {} and s.facts == {} and s.central_companies == ()
    assert "0 entities, 0 facts from 0 articles" in format_text(s)


def test_text_summary_names_everything():
    text = format_text(compute(small_graph()))
    for expected in ("7 entities, 5 facts (+1 hedged, not asserted) from 3 articles",
                     "Entities by class", "Organization", "Facts by relation", "developedBy",
                     "Most central companies", "Most central AI models", "Qwen",
                     "Clusters: 2 connected clusters of 2+ entities; 1 entities in no fact",
                     "Articles with the most facts", "news/a.txt  A title (2026-01-02)"):
        assert expected in text, expected


@pytest.fixture
def graph_copy(mini_build, tmp_path):
    target = tmp_path / "graph.trig"
    shutil.copy(mini_build.file("graph.trig"), target)
    return target


def test_stats_command_prints_the_summary(graph_copy):
    result = CliRunner().invoke(main, ["stats", str(graph_copy), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "Most central companies (PageRank)" in result.stdout
    assert "Airbnb" in result.stdout
    assert result.stdout.count("\n   4. ") == 0, "--top 3 lists three"


def test_stats_command_json(graph_copy):
    result = CliRunner().invoke(main, ["stats", str(graph_copy), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["entities"]["Organization"] >= 3
    assert {"central_companies", "central_models", "largest_clusters", "top_articles"} <= set(data)
