{{/* Names and labels shared by every template. */}}
{{- define "medgate.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "medgate.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "medgate.labels" -}}
{{ include "medgate.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "medgate.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "medgate.modelClaim" -}}
{{- .Values.modelVolume.existingClaim | default (printf "%s-models" (include "medgate.fullname" .)) -}}
{{- end -}}

{{- define "medgate.auditClaim" -}}
{{- .Values.auditVolume.existingClaim | default (printf "%s-audit" (include "medgate.fullname" .)) -}}
{{- end -}}

{{- define "medgate.anchorClaim" -}}
{{- .Values.anchorVolume.existingClaim | default (printf "%s-audit-anchors" (include "medgate.fullname" .)) -}}
{{- end -}}

{{/* Where the gateway pods find the audit Secret's files (config: audit.key_file, audit.salt_file). */}}
{{- define "medgate.auditSecretDir" -}}/var/run/secrets/medgate/audit{{- end -}}

{{/* Fixed for every container: the values cannot weaken it. */}}
{{- define "medgate.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.podSecurityContext.runAsUser }}
runAsGroup: {{ .Values.podSecurityContext.runAsGroup }}
allowPrivilegeEscalation: false
privileged: false
readOnlyRootFilesystem: true
capabilities: {drop: [ALL]}
seccompProfile: {type: RuntimeDefault}
{{- end -}}

{{- define "medgate.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.podSecurityContext.runAsUser }}
runAsGroup: {{ .Values.podSecurityContext.runAsGroup }}
fsGroup: {{ .Values.podSecurityContext.fsGroup }}
seccompProfile: {type: RuntimeDefault}
{{- end -}}

{{/* Environment common to every Ray container: no secret of medgate's is ever in it. */}}
{{- define "medgate.env" -}}
- {name: MEDGATE_CONFIG, value: /etc/medgate/config.yaml}
- {name: RAY_USAGE_STATS_ENABLED, value: "0"}
- {name: VLLM_NO_USAGE_STATS, value: "1"}
- {name: DO_NOT_TRACK, value: "1"}
- {name: HF_HUB_OFFLINE, value: "1"}
- {name: HOME, value: /tmp/home}
- {name: XDG_CACHE_HOME, value: /tmp/cache}
{{- if eq (.Values.config.gateway.http_frontend | default "haproxy") "haproxy" }}
{{- /* medgate/serving/frontend.py: Ray Serve reads these in every process of the cluster */}}
- {name: RAY_SERVE_THROUGHPUT_OPTIMIZED, value: "1"}
- {name: RAY_SERVE_ENABLE_HA_PROXY, value: "1"}
{{- end }}
{{- end -}}

{{/* Mounts of every Ray container; the gateway adds the audit and anchor volumes and the audit Secret. */}}
{{- define "medgate.volumeMounts" -}}
- {name: config, mountPath: /etc/medgate, readOnly: true}
- {name: models, mountPath: {{ .Values.modelVolume.mountPath }}, readOnly: true}
- {name: tmp, mountPath: /tmp}
- {name: dshm, mountPath: /dev/shm}
{{- end -}}

{{- define "medgate.gatewayMounts" -}}
- {name: audit, mountPath: {{ .Values.auditVolume.mountPath }}}
- {name: audit-anchors, mountPath: {{ .Values.anchorVolume.mountPath }}}
- {name: audit-secret, mountPath: {{ include "medgate.auditSecretDir" . }}, readOnly: true}
{{- end -}}

{{- define "medgate.volumes" -}}
- name: config
  projected:
    defaultMode: 0440
    sources:
      - secret: {name: {{ include "medgate.fullname" . }}-config}
      - configMap: {name: {{ include "medgate.fullname" . }}-policy}
- name: models
  persistentVolumeClaim: {claimName: {{ include "medgate.modelClaim" . }}, readOnly: true}
- name: tmp
  emptyDir: {}
- name: dshm
  emptyDir: {medium: Memory, sizeLimit: {{ .Values.ray.shmSize }}}
{{- end -}}

{{- define "medgate.gatewayVolumes" -}}
- name: audit
  persistentVolumeClaim: {claimName: {{ include "medgate.auditClaim" . }}}
- name: audit-anchors
  persistentVolumeClaim: {claimName: {{ include "medgate.anchorClaim" . }}}
- name: audit-secret
  secret:
    secretName: {{ required "audit.existingSecret is required: a Secret with keys chain-key and salt" .Values.audit.existingSecret }}
    defaultMode: 0440
    items:
      - {key: chain-key, path: chain-key}
      - {key: salt, path: salt}
{{- end -}}

{{/* Workers only: ready when the Serve application answers /ready through this pod's proxy, so the Serve
     Service routes to it. Liveness is KubeRay's (the raylet's health): an application that is not ready
     must not get every pod restarted. The head has KubeRay's probes only: KubeRay submits the Serve
     application once the head is ready, so the head cannot wait for it. */}}
{{- define "medgate.probes" -}}
{{- with .Values.probes.readiness }}
readinessProbe:
  httpGet: {path: {{ .path }}, port: {{ $.Values.ray.serveHttpPort }}}
  periodSeconds: {{ .periodSeconds }}
  timeoutSeconds: {{ .timeoutSeconds }}
  failureThreshold: {{ .failureThreshold }}
{{- end }}
{{- end -}}

{{- define "medgate.ports" -}}
- {name: serve, containerPort: {{ .Values.ray.serveHttpPort }}}
- {name: metrics, containerPort: {{ .Values.ray.metricsPort }}}
{{- end -}}

{{/* One worker group: (dict "root" $ "group" NAME "role" LABEL "spec" VALUES "gateway" BOOL). */}}
{{- define "medgate.workerGroup" -}}
{{- $ := .root -}}
{{- $w := .spec -}}
{{- $grace := add (int $.Values.config.limits.drain_timeout_s) 30 -}}
- groupName: {{ .group }}
  replicas: {{ $w.replicas }}
  minReplicas: {{ $w.minReplicas }}
  maxReplicas: {{ $w.maxReplicas }}
  rayStartParams:
    metrics-export-port: {{ $.Values.ray.metricsPort | quote }}
    {{- if .gateway }}
    num-cpus: "0"
    {{- else }}
    num-gpus: {{ $w.gpusPerPod | quote }}
    {{- end }}
    {{- range $k, $v := $w.rayStartParams }}
    {{ $k }}: {{ $v | quote }}
    {{- end }}
  {{- if .gateway }}
  resources:
    medgate_gateway: {{ $w.replicasPerPod | quote }}
  {{- end }}
  template:
    metadata:
      labels:
        {{- include "medgate.labels" $ | nindent 8 }}
        medgate.io/role: {{ .role }}
    spec:
      {{- with $.Values.imagePullSecrets }}
      imagePullSecrets: {{ toJson . }}
      {{- end }}
      automountServiceAccountToken: false
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ $grace }}
      securityContext:
        {{- include "medgate.podSecurityContext" $ | nindent 8 }}
      {{- with $w.nodeSelector }}
      nodeSelector: {{ toJson . }}
      {{- end }}
      {{- with $w.tolerations }}
      tolerations: {{ toJson . }}
      {{- end }}
      {{- with $w.affinity }}
      affinity: {{ toJson . }}
      {{- end }}
      containers:
        - name: ray-worker
          image: {{ include "medgate.image" $ }}
          imagePullPolicy: {{ $.Values.image.pullPolicy }}
          securityContext:
            {{- include "medgate.containerSecurityContext" $ | nindent 12 }}
          ports:
            {{- include "medgate.ports" $ | nindent 12 }}
          env:
            {{- include "medgate.env" $ | nindent 12 }}
          resources:
            {{- if and (not .gateway) $w.gpusPerPod }}
            requests:
              {{- toYaml $w.resources.requests | nindent 14 }}
              nvidia.com/gpu: {{ $w.gpusPerPod }}
            limits:
              {{- toYaml $w.resources.limits | nindent 14 }}
              nvidia.com/gpu: {{ $w.gpusPerPod }}
            {{- else }}
            {{- toYaml $w.resources | nindent 12 }}
            {{- end }}
          {{- include "medgate.probes" $ | nindent 10 }}
          volumeMounts:
            {{- include "medgate.volumeMounts" $ | nindent 12 }}
            {{- if .gateway }}
            {{- include "medgate.gatewayMounts" $ | nindent 12 }}
            {{- end }}
      volumes:
        {{- include "medgate.volumes" $ | nindent 8 }}
        {{- if .gateway }}
        {{- include "medgate.gatewayVolumes" $ | nindent 8 }}
        {{- end }}
{{- end -}}
