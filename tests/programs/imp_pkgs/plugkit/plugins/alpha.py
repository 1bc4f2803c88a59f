from ..core import register
from . import LOADED

LOADED.append(__name__)


@register("alpha")
def run(x):
    return x + 1
