"""An AI-server maker's integration levels (L6, L10, L11, L12) are no chips, even beside a chip's name; the
chips themselves are."""

from conftest import found


def _chips(text, lex):
    return {t for typ, t in found(text, lex) if typ == "Chip"}


def test_integration_levels_are_no_chips_but_nvidia_l_chips_stay(lex):
    text = ("伺服器\n\n某代工廠打進雲端業者的TPU供應鏈，手握L6、L10等訂單，另一家切入L11供應鏈，有望再打進L12市場。"
            "輝達L2、L4與L40S推理卡同步出貨。\n")
    chips = _chips(text, lex)
    assert not chips & {"L6", "L10", "L11", "L12"}
    assert {"L2", "L4", "L40S"} <= chips


def test_an_arm_server_processor_is_known_without_a_word_for_a_chip(lex):
    chips = _chips("處理器\n\n該公司的旗艦產品AmpereOne®具備128個核心，主攻雲端市場。\n", lex)
    assert "AmpereOne" in chips
