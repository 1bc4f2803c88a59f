# Chained exceptions across two modules: "direct cause" and "during handling".
import tb_helper


def handle():
    try:
        tb_helper.wrap()
    except RuntimeError:
        raise ValueError("while handling")


handle()
