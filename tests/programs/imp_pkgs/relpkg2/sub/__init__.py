from .. import core as parent_core
