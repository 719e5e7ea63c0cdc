import io
import os
