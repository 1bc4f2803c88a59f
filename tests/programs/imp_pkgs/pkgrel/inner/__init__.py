from .. import other
from ..other import OTHER as INNER_OTHER
from . import deep
