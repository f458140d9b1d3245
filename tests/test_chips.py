"""CHIPS lane (own invented sentences; the companies and families named are real ones the lexicon knows,
the code names and generations invented): chips the lexicon does not know, read from the cue they are
printed with, and the things that only look like chips (business words, number formats, a kind written as a
name, an AI model's code, a server, a misprinted technology)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str):
    return process(Source("t.txt", "t.txt", "新聞標題\n\n" + text, "utf-8"), LEX).mentions


def found(text: str, type_: str = "Chip") -> list[str]:
    return [m.text for m in mentions(text) if m.type == type_]


def names(text: str, type_: str = "Chip") -> dict[str, str]:
    """printed text -> the name the entity gets (the lexicon entry's IRI tail, or the proposed name)"""
    return {m.text: (m.canonical or m.entity.rsplit("/", 1)[-1]) for m in mentions(text) if m.type == type_}


# -- code names given with their cue --------------------------------------------------------------------

def test_code_names_listed_in_parentheses_after_a_series_are_each_a_chip():
    chips = found("雲端客製化晶片包括谷歌的TPU系列（代號Lynx與Otter等），明年量產。")
    assert "Lynx" in chips and "Otter" in chips
    # one code name in parentheses after a chip stays another name of that chip
    assert "Pelican" not in found("英特爾新晶片（代號Pelican）明年推出。")


def test_code_names_listed_after_the_code_name_word_are_each_a_chip():
    chips = found("英特爾代號Kestrel與Osprey的處理器將在明年推出。")
    assert "Kestrel" in chips and "Osprey" in chips


def test_latin_names_before_a_series_word_and_a_kind_of_chip():
    chips = found("博通的 Marlin 和 Stingray 系列等網路晶片採用先進封裝。")
    assert "Marlin" in chips and "Stingray" in chips


# -- a family and a generation ----------------------------------------------------------------------------

def test_a_known_family_and_a_generation_after_a_link_word():
    assert names("谷歌下一代的TPU即v9目前已在試產。").get("v9") == "TPU v9"


def test_a_generation_in_quotes_after_a_family():
    got = names("雙方合作的TPU「v9e」進展順利，並已鎖定下一代設計案。")
    assert got.get("v9e") == "TPU v9e"


def test_generations_coordinated_after_a_family_generation():
    ms = [m for m in mentions("兩家代工廠拿下亞馬遜自研晶片Trainium3／4的大筆訂單。") if m.type == "Chip"]
    assert [(m.text, (m.entity or "").rsplit("/", 1)[-1]) for m in ms] == [("Trainium3", "trainium3"), ("4", "trainium4")]
    assert "4" not in found("亞馬遜Trainium3和4奈米製程的晶片都在台灣生產。")  # a unit follows: no generation


def test_a_graphics_line_with_a_gpu_word():
    got = names("輝達將推出 RTX PRO GPU，瞄準工業應用；另一款筆電搭載RTX GPU。")
    assert got.get("RTX PRO GPU") == "RTX PRO" and got.get("RTX GPU") == "RTX"
    assert "RTX" not in found("新遊戲支援RTX光線追蹤技術。")  # RTX alone is also ray tracing


def test_a_known_chip_printed_with_a_series_word_is_that_chip():
    ms = [m for m in mentions("華為已發表多款昇騰910系列晶片。") if m.type == "Chip"]
    assert [(m.text, m.entity.rsplit("/", 1)[-1]) for m in ms] == [("昇騰910系列", "ascend-910")]


def test_business_words_in_latin_are_no_chips():
    chips = found("在業界追逐B2C與O2O模式時，該公司投入晶片研發。")
    assert "B2C" not in chips and "O2O" not in chips


def test_a_number_format_is_no_chip():
    assert "UE5M2" not in found("新格式UE5M2 FP8專為國產晶片設計。")


def test_a_kind_written_as_a_name_is_no_chip():
    assert "AIGPU" not in found("募集資金將投向圖形芯片及AIGPU芯片研發項目。")


def test_an_ai_models_code_is_no_chip():
    assert "R3" not in found("市場傳聞某大廠已在國產芯片上完成 DeepSeek – R3 大模型測試，且推理效率超越輝達H20。")


def test_a_server_line_and_code_before_a_server_word_is_a_product():
    assert "ThinkSystem SR999" in found("聯想展示搭載輝達晶片的ThinkSystem SR999伺服器。", "Product")
    assert "ThinkSystem SR999" not in found("聯想展示搭載輝達晶片的ThinkSystem SR999伺服器。")


def test_a_misprinted_technology_is_no_chip():
    chips = found("新一代AI晶片將搭配HMB4記憶體與PCle 6.0介面。")
    assert "HMB4" not in chips and "PCle" not in chips


def test_a_turnkey_project_and_its_abbreviation_are_no_chips():
    chips = found("該公司與客戶合作的Turnkey 3（TK3）案預計明年流片。")
    assert not any("Turnkey" in c for c in chips) and "TK3" not in chips
    assert "TX9" in found("新款Tachyon X9（TX9）晶片預計明年量產。")  # a chip's abbreviation stays a chip


def test_a_quoted_family_before_a_series_word_and_a_kind_of_chip():
    assert "甲元" in found("某公司的核心產品「甲元」（JY）系列AI加速器，對標輝達的GPU。")
    assert "四小龍" not in found("國產GPU「四小龍」系列晶片各有特色。")  # a group of companies


# -- review of the CHIPS lane: each invented sentence of findings 1–10, as a test of the right behaviour ----

def relations(text: str) -> set[tuple[str, str, str]]:
    import tempfile
    from pathlib import Path

    from kg.pipeline import make_graph

    d = Path(tempfile.mkdtemp()) / "t.txt"
    d.write_text("新聞標題\n\n" + text, encoding="utf-8")
    g = make_graph([d]).graph
    return {(g.nodes[u].get("label", u), k, g.nodes[v].get("label", v))
            for u, v, k in g.edges(keys=True) if k != "mentionedWith"}


def entities(text: str, type_: str = "Chip") -> set[str]:
    """the entity names the Chip mentions get (lexicon IRI tail or proposed name)"""
    return set(names(text, type_).values())


def test_a_count_after_coordinated_generations_is_no_generation():
    # finding 1: 4位 / 3張 / 2台 / 10家 count people, cards, servers and customers
    for text, gen in (("亞馬遜Trainium3和4位高管出席發表會。", "Trainium4"),
                      ("亞馬遜Trainium2、3張卡即可運行這個模型。", "Trainium3"),
                      ("亞馬遜Trainium3、2台伺服器已交付客戶。", "Trainium2"),
                      ("亚马逊Trainium3和10家客户签约。", "Trainium10")):
        ms = [m for m in mentions(text) if m.type == "Chip"]
        assert not any(m.canonical == gen or (m.entity or "").endswith("/" + gen.lower()) for m in ms), text
    assert not any(o.startswith("Trainium4") for _s, _p, o in relations("亞馬遜Trainium3和4位高管出席發表會。"))
    assert not any((m.entity or "").endswith("/trainium4") for m in mentions("亞馬遜Trainium3/4台伺服器已交付。"))
    # a slash joins alternative names: a verb may follow the generation
    assert any((m.entity or "").endswith("/trainium4") for m in mentions("兩家廠商在亞馬遜自研晶片Trainium3／4拿下大筆訂單。"))


def test_a_chip_before_a_word_for_training_or_inference_of_large_models_stays_a_chip():
    # finding 2: 大模型推理 / 大模型訓練 after a chip of a known family is what the chip is good at
    assert "昇騰950PR" in found("華為昇騰950PR 大模型推理效能佳。")
    assert "思元690" in found("寒武紀思元690 大模型訓練效能提升。")
    assert "S60" in found("燧原科技的S60 大模型推理卡出貨。")
    rels = relations("華為昇騰950PR 大模型推理效能佳。")
    assert any(p == "develops" and "950PR" in o for _s, p, o in rels)
    # and a model's version after 下一代 is no chip of the family printed earlier
    assert "tpu-v4" not in entities("谷歌TPU v7已量產，而Gemini下一代v4模型也在開發。")
    assert "v4" not in found("谷歌TPU v7已量產，而Gemini下一代v4模型也在開發。")


def test_a_platform_is_no_chip_just_because_a_chip_word_is_in_the_sentence():
    # finding 3
    assert "Cosmos" not in found("AI晶片需求強勁，輝達的Cosmos平台也吸引開發者。")
    assert "Tiber" not in found("除了GPU，英特爾的Tiber平台提供雲端服務。")
    assert "Isaac" not in found("晶片大廠輝達的Isaac平台用於機器人。")
    assert not any(o.startswith("Cosmos") and p == "develops" and "Cosmos" in found(
        "AI晶片需求強勁，輝達的Cosmos平台也吸引開發者。") for _s, p, o in
        relations("AI晶片需求強勁，輝達的Cosmos平台也吸引開發者。"))


def test_a_name_listed_next_to_a_chip_is_not_a_chip_by_that_alone():
    # finding 4: news lists mix software, products and chips
    assert "Dynamo" not in found("輝達的Dynamo、AMD的MI355X都支援大模型推理。")
    assert "Harmony" not in found("華為的Harmony、蘋果的M5晶片都在今年亮相。")


def test_code_names_of_phones_drones_software_and_architectures_are_no_chips():
    # finding 5: outside parentheses the code names need a chip word, with no other head noun before it
    for text, a, b in (("小米代號Aurora與Zeus的新手機系列將於明年發表。", "Aurora", "Zeus"),
                       ("洛馬代號Falcon與Eagle的無人機系列採用國產晶片。", "Falcon", "Eagle"),
                       ("微软代号Orion与Vega的软件平台将开源。", "Orion", "Vega"),
                       ("輝達代號Kepler與Pascal的GPU架構早已退役。", "Kepler", "Pascal"),
                       ("小米新手機系列（代號Aurora與Zeus）將於明年發表。", "Aurora", "Zeus")):
        chips = found(text)
        assert a not in chips and b not in chips, text


def test_a_market_word_before_a_part_word_does_not_make_software_or_a_company_a_chip():
    # finding 6
    assert "Stability" not in found("Stability AI GPU 採購量大增。")
    assert "Linux" not in found("Linux 伺服器 CPU 使用率偏高。")
    assert "Ubuntu" not in found("Ubuntu 桌面 GPU 驅動更新。")
    assert "Grace" not in entities("輝達Grace 伺服器 CPU出貨。")  # no second node beside the lexicon's Grace CPU
    assert not any("伺服器" in e for e in entities("這顆晶片與Intel Xeon 6伺服器 CPU競爭。"))


def test_memory_by_density_needs_more_than_a_size():
    # finding 7: an on-chip cache size, and two makers' parts of one density
    assert "64M SRAM" not in found("該晶片內建 64M SRAM 快取。")
    rels = relations("三星量產16Gb DRAM，美光也量產16Gb DRAM。")
    assert not any(p == "manufacturesFor" for _s, p, _o in rels)
    assert "16Gb DRAM" not in entities("三星量產16Gb DRAM，美光也量產16Gb DRAM。")
    # 512Gb NAND and 1Tb NAND are read alike
    assert ("512Gb NAND" in found("該廠量產512Gb NAND。")) == ("1Tb NAND" in found("該廠量產1Tb NAND。"))


def test_a_software_version_after_a_word_for_the_next_one_is_no_chip():
    # finding 8
    assert "TPU v2" not in entities("谷歌TPU v7已量產，並搭配新一代v2編譯器。")
    assert not any("TPU v2" in o or "tpu-v2" in o for _s, _p, o in relations("谷歌TPU v7已量產，並搭配新一代v2編譯器。"))


def test_a_chip_line_before_a_server_word_stays_a_chip():
    # finding 9: only a server line (ThinkSystem) makes a server; a chip family (Instinct, Sophon) does not
    assert "Instinct MI450X" in found("超微 Instinct MI450X 伺服器開賣。")
    assert not found("超微 Instinct MI450X 伺服器開賣。", "Product")
    assert any("MI355X" in c for c in found("AMD Instinct MI355X伺服器開賣。"))
    assert not any("BM1684X" in c for c in found("算能Sophon BM1684X伺服器出貨。", "Product"))


def test_gpu_architectures_listed_before_a_series_word_are_no_chips():
    # finding 10: the gold types GPU architectures as Technology
    for text, a, b in (("輝達 Pascal 和 Maxwell 系列 GPU 已停產。", "Pascal", "Maxwell"),
                       ("英伟达 Turing 和 Volta 系列 GPU 已停产。", "Turing", "Volta")):
        chips = found(text)
        assert a not in chips and b not in chips, text
