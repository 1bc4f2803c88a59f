from plugkit.core import register
from .alpha import run as alpha_run
from . import LOADED

LOADED.append(__name__)


@register("beta")
def run(x):
    return alpha_run(x) * 10
