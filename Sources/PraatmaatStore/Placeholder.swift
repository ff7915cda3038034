import GRDB
import PraatmaatCore;
